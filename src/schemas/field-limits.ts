// The lengths of the request's text fields, apart from the schemas so that the command line
// checks its arguments without loading zod.
export const MAX_ROLE_CHARS = 200;
export const MAX_JOB_DESCRIPTION_CHARS = 50_000;
