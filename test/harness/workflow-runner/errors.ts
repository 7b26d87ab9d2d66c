/**
 * Thrown when a workflow uses something the test runner does not play (a container job, a shell
 * other than bash, an action it has no stand-in for, another version of a pinned action). It fails
 * the test with the job and the step named, instead of passing over what was not run.
 */
export class CannotPlay extends Error {
  constructor(message: string) {
    super(`the workflow runner cannot play this: ${message}`);
    this.name = "CannotPlay";
  }
}
