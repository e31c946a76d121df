// A local HTTP server standing in for an aggregator's form-POST API in tests: hands each request's URL and
// form to `answer`, and sends back what it returns as JSON (404 when it returns undefined).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export async function startFakeFormApi(answer: (request: { url: string; form: URLSearchParams }) => unknown): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const body = answer({ url: req.url ?? "/", form: new URLSearchParams(raw) });
      if (body === undefined) return void res.writeHead(404).end();
      res.writeHead(200, { "content-type": "application/json;charset=UTF-8" });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
