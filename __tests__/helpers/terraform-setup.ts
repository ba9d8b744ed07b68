import { prepareTerraform } from '../../src/engine/terraform.js';

// The CLI and the action load the Terraform parser (asynchronously) before a review of a tree
// with .tf files; tests that review such trees in-process get the same, whatever they review.
beforeAll(() => prepareTerraform());
