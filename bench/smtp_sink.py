"""A minimal SMTP server that accepts and discards mail, for measuring outbox throughput.

The message body is read in one `readuntil` per message, not line by line: a sink that parses
each line in Python would itself cap the measurement (bench/smtp_blast.py measures it alone).
"""
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
            writer.write(b"250-bench\r\n250-PIPELINING\r\n250 8BITMIME\r\n")
        elif cmd == b"DATA":
            writer.write(b"354 go\r\n")
            await writer.drain()
            try:
                await reader.readuntil(b"\r\n.\r\n")
            except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
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
    # Room for a whole message in the stream buffer (invites with VTIMEZONE are ~20 KB).
    server = await asyncio.start_server(session, "127.0.0.1", port, limit=1 << 20)
    async with server:
        await server.serve_forever()


asyncio.run(main(int(sys.argv[1])))
