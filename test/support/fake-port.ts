/**
 * A `runtime.Port` for unit tests: records what is posted, delivers what the test (or a linked
 * port) sends, and fails like the browsers' ports once disconnected.
 */
export type PortSender = { id?: string; url?: string; tab?: { id?: number } };

type Listener = (message: unknown) => void;

export class FakePort {
  readonly sent: unknown[] = [];
  connected = true;
  /** The other end, when two ports are linked (see {@link linkedPorts}). */
  private other: FakePort | null = null;
  private readonly messageListeners = new Set<Listener>();
  private readonly disconnectListeners = new Set<() => void>();
  readonly onMessage = { addListener: (fn: Listener) => this.messageListeners.add(fn), removeListener: (fn: Listener) => this.messageListeners.delete(fn) };
  readonly onDisconnect = { addListener: (fn: () => void) => this.disconnectListeners.add(fn) };

  constructor(
    readonly name: string,
    readonly sender?: PortSender,
  ) {}

  get disconnected(): boolean {
    return !this.connected;
  }

  postMessage(message: unknown): void {
    if (!this.connected) throw new Error('Attempting to use a disconnected port object');
    this.sent.push(message);
    const to = this.other;
    if (!to) return;
    // Browsers copy a message and deliver it in a later task: a copy, a microtask later.
    const copy = JSON.parse(JSON.stringify(message)) as unknown;
    queueMicrotask(() => to.connected && to.receive(copy));
  }

  /** Closes this end; a linked other end hears of it, as in the browsers (the closing end does not). */
  disconnect(): void {
    if (!this.connected) return;
    this.connected = false;
    const to = this.other;
    if (to?.connected) {
      to.connected = false;
      queueMicrotask(() => to.disconnectListeners.forEach((fn) => fn()));
    }
  }

  /** A message from the other end. */
  receive(message: unknown): void {
    for (const listener of [...this.messageListeners]) listener(message);
  }

  /** The other end went away (the browser tells this end). */
  close(): void {
    this.connected = false;
    this.disconnectListeners.forEach((fn) => fn());
  }

  /** Two ends of one connection: what one posts, the other receives. */
  static linked(name: string, sender?: PortSender): [FakePort, FakePort] {
    const opener = new FakePort(name);
    const receiver = new FakePort(name, sender);
    opener.other = receiver;
    receiver.other = opener;
    return [opener, receiver];
  }
}
