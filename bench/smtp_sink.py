"""A minimal SMTP server that accepts and discards mail, for measuring outbox throughput."""
import asyncio
import sys

received = 0


async def session(reader, writer):
    global received
    writer.write(b"220 bench ESMTP\r\n")
    await writer.drain()
    while True:
        line = await reader.readline()
        if not line:
            break
        cmd = line[:4].upper()
        if cmd == b"EHLO":
            writer.write(b"250-bench\r\n250 8BITMIME\r\n")
        elif cmd == b"DATA":
            writer.write(b"354 go\r\n")
            await writer.drain()
            while True:
                data = await reader.readline()
                if data in (b".\r\n", b".\n", b""):
                    break
            received += 1
            writer.write(b"250 queued\r\n")
        elif cmd == b"QUIT":
            writer.write(b"221 bye\r\n")
            await writer.drain()
            break
        else:
            writer.write(b"250 OK\r\n")
        await writer.drain()
    writer.close()


async def main(port):
    server = await asyncio.start_server(session, "127.0.0.1", port)
    async with server:
        await server.serve_forever()


asyncio.run(main(int(sys.argv[1])))
