import { SMTPServer } from "smtp-server";
import { parseMail } from "../test/support/smtp";

/**
 * `npm run mail:catch [-- <port>]`: a local SMTP server (default port 1025) that prints every
 * e-mail the portal sends instead of delivering it. Start the portal with
 * SMTP_URL=smtp://127.0.0.1:1025 MAIL_FROM=esg@localhost to see its notifications.
 */
const port = Number(process.argv[2] ?? 1025);
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["AUTH", "STARTTLS"],
  logger: false,
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      const to = session.envelope.rcptTo.map((r) => r.address);
      const mail = parseMail(Buffer.concat(chunks).toString("utf8"), to);
      process.stdout.write(
        `\n=== ${new Date().toISOString()} to ${to.join(", ")}\nSubject: ${mail.subject}\n\n${mail.text}\n`,
      );
      callback();
    });
  },
});
server.listen(port, "127.0.0.1", () => {
  process.stdout.write(
    `Mail catcher on smtp://127.0.0.1:${port} (Ctrl-C to stop). Start the portal with\n` +
      `  SMTP_URL=smtp://127.0.0.1:${port} MAIL_FROM=esg@localhost npm start\n`,
  );
});
