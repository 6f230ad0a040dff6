import net from 'node:net';

export interface TcpProxy {
  port: number;
  /**
   * From now on nothing passes, in either direction, and nothing is closed: open connections hang,
   * new ones are accepted and never answered (a dead host or a dropped route, not a refusal).
   */
  blackHole(): void;
  close(): Promise<void>;
}

/** A TCP proxy on 127.0.0.1 to `target` (e.g. PostgreSQL) that can turn into a black hole. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let hole = false;
  const sockets = new Set<net.Socket>();
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  };
  const server = net.createServer((client) => {
    track(client);
    if (hole) return;
    const upstream = net.connect(target.port, target.host);
    track(upstream);
    client.on('data', (data) => void (hole || upstream.write(data)));
    upstream.on('data', (data) => void (hole || client.write(data)));
    client.on('close', () => hole || upstream.destroy());
    upstream.on('close', () => hole || client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    blackHole: () => void (hole = true),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
