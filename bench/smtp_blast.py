"""Measures the SMTP sink alone: N messages of a typical Convene size over S parallel
sessions, as fast as the sink takes them. Prints messages per second.

Usage: python3 bench/smtp_blast.py PORT [MESSAGES] [SESSIONS]
"""
import asyncio
import sys
import time

BODY = (
    b"From: events@example.org\r\nTo: bench@example.org\r\nSubject: bench\r\n\r\n"
    + b"x" * 76 + b"\r\n"
) * 150  # about 12 KB, the size of a confirmation with its invite


async def expect(reader, code):
    while True:
        line = await reader.readline()
        if not line.startswith(code):
            raise RuntimeError(f"unexpected reply {line!r}")
        if line[3:4] != b"-":
            return


async def sender(port, count):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    await expect(reader, b"220")
    writer.write(b"EHLO blast\r\n")
    await expect(reader, b"250")
    for _ in range(count):
        writer.write(b"MAIL FROM:<events@example.org>\r\n")
        await expect(reader, b"250")
        writer.write(b"RCPT TO:<bench@example.org>\r\n")
        await expect(reader, b"250")
        writer.write(b"DATA\r\n")
        await expect(reader, b"354")
        writer.write(BODY + b".\r\n")
        await expect(reader, b"250")
    writer.write(b"QUIT\r\n")
    writer.close()


async def main(port, messages, sessions):
    started = time.monotonic()
    per = messages // sessions
    await asyncio.gather(*(sender(port, per) for _ in range(sessions)))
    took = time.monotonic() - started
    print(f"{per * sessions} {took:.3f} {per * sessions / took:.0f}")


args = sys.argv[1:]
asyncio.run(main(int(args[0]), int(args[1]) if len(args) > 1 else 5000, int(args[2]) if len(args) > 2 else 16))
