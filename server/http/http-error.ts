/** The one error type routes throw: the error middleware turns it into a problem document. */
export class HttpError extends Error {
  readonly status: number;
  readonly title: string;

  constructor(status: number, title: string, detail: string) {
    super(detail);
    this.name = "HttpError";
    this.status = status;
    this.title = title;
  }

  get detail(): string {
    return this.message;
  }
}

export const badRequest = (detail: string): HttpError => new HttpError(400, "Bad Request", detail);
export const notFound = (detail: string): HttpError => new HttpError(404, "Not Found", detail);
export const unauthorized = (detail: string): HttpError => new HttpError(401, "Unauthorized", detail);
export const serviceUnavailable = (detail: string): HttpError => new HttpError(503, "Service Unavailable", detail);
