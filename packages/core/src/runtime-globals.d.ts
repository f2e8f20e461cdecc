// The globals beyond ES2022 that core uses: part of the WHATWG Streams and Encoding standards, and setTimeout.
// Every runtime airlock supports has them (Node >= 18, browsers, Deno, edge workers), but core
// compiles against ES2022 alone, whose lib does not declare them. These declarations use the standard names and shapes, so the published
// types resolve against the consumer's own (DOM, @types/node, Deno). Only core's tsconfig includes
// this file; programs with DOM or Node types never see it.

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

interface TransformStreamDefaultController<O = unknown> {
  readonly desiredSize: number | null;
  enqueue(chunk?: O): void;
  error(reason?: unknown): void;
  terminate(): void;
}

interface Transformer<I = unknown, O = unknown> {
  start?(controller: TransformStreamDefaultController<O>): void | PromiseLike<void>;
  transform?(chunk: I, controller: TransformStreamDefaultController<O>): void | PromiseLike<void>;
  flush?(controller: TransformStreamDefaultController<O>): void | PromiseLike<void>;
}

interface TransformStream<I = unknown, O = unknown> {
  readonly readable: ReadableStream<O>;
  readonly writable: WritableStream<I>;
}

declare var TransformStream: {
  prototype: TransformStream;
  new <I = unknown, O = unknown>(transformer?: Transformer<I, O>): TransformStream<I, O>;
};

declare function setTimeout(callback: () => void, ms?: number): unknown;

interface TextDecoder {
  decode(input?: Uint8Array): string;
}

declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder;
};
