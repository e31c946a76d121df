// POST a signed form to an aggregator API and read its JSON answer; transport failures become CarrierApiError
// with the provider's name so callers and logs can tell Kuaidi100 from Kdniao.
import { CarrierApiError } from "./push-errors";

export interface SignedFormRequest {
  url: string;
  form: Record<string, string>;
}

export async function postSignedForm(provider: string, request: SignedFormRequest, opts: { fetch?: typeof fetch; timeoutMs?: number }): Promise<unknown> {
  const doFetch = opts.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(request.url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-8" },
      body: new URLSearchParams(request.form).toString(),
      signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
    });
  } catch (error) {
    throw new CarrierApiError(provider, "network", (error as Error).message);
  }
  const text = await response.text();
  if (!response.ok) throw new CarrierApiError(provider, `http_${response.status}`, text.slice(0, 200));
  try {
    return JSON.parse(text);
  } catch {
    throw new CarrierApiError(provider, "bad_response", `not JSON: ${text.slice(0, 200)}`);
  }
}
