/** A refused project operation; `key` is an i18n key, `status` the HTTP status it stands for. */
export class ProjectError extends Error {
  readonly key: string;
  readonly status: 403 | 404 | 409 | 400;
  constructor(key: string, status: 403 | 404 | 409 | 400) {
    super(key);
    this.key = key;
    this.status = status;
  }
}
