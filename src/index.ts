import { capYoungGeneration } from './young-generation.js';
import { run } from './main.js';

// One review per process: its young generation need not grow past what the review uses (see young-generation.ts).
capYoungGeneration();
void run();
