// Binding a net.Server: the one promise every listener of ours awaits (the client listener, the
// controller listener, the Raft transport's own listener).
import type { Server } from 'node:net'

/** server.listen(port, host), settled once it listens; a failure to bind (EADDRINUSE, EADDRNOTAVAIL) rejects. */
export async function listenOn (server: Server, port: number, host: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
}
