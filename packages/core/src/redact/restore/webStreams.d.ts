// The WHATWG streams that every runtime airlock supports provides (Node >= 18, browsers, Deno,
// workers), declared for the core package's own type check only: core compiles against ES2022
// without DOM or Node types. Consumers' own libraries (DOM, @types/node, Deno) declare the real,
// complete types, which these are a subset of.
export {};

declare global {
  interface TransformStreamDefaultController<O = unknown> {
    enqueue(chunk?: O): void;
    error(reason?: unknown): void;
    terminate(): void;
  }
  interface Transformer<I = unknown, O = unknown> {
    start?(controller: TransformStreamDefaultController<O>): void | PromiseLike<void>;
    transform?(chunk: I, controller: TransformStreamDefaultController<O>): void | PromiseLike<void>;
    flush?(controller: TransformStreamDefaultController<O>): void | PromiseLike<void>;
  }
  interface ReadableStream<R = unknown> {
    readonly locked: boolean;
    cancel(reason?: unknown): Promise<void>;
    [Symbol.asyncIterator](): AsyncIterableIterator<R>;
  }
  interface WritableStreamDefaultWriter<W = unknown> {
    write(chunk?: W): Promise<void>;
    close(): Promise<void>;
    releaseLock(): void;
  }
  interface WritableStream<W = unknown> {
    readonly locked: boolean;
    abort(reason?: unknown): Promise<void>;
    close(): Promise<void>;
    getWriter(): WritableStreamDefaultWriter<W>;
  }
  interface TransformStream<I = unknown, O = unknown> {
    readonly readable: ReadableStream<O>;
    readonly writable: WritableStream<I>;
  }
  var TransformStream: {
    prototype: TransformStream;
    new <I = unknown, O = unknown>(transformer?: Transformer<I, O>): TransformStream<I, O>;
  };
}
