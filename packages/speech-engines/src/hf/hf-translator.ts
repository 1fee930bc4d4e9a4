import { languageName, primaryLanguage } from '../languages.js';
import { EngineError, type EngineCapabilities, type Translator } from '../types.js';
import { postJson, type HfEndpoint, type RetryNotice } from './http-retry.js';

export interface HfTranslatorOptions {
  /** The OpenAI-compatible server's base URL, ending in `/v1` (TGI, vLLM). */
  endpoint: HfEndpoint;
  /** The `model` field of requests (TGI accepts `tgi`; vLLM wants the served model's name). */
  model: string;
  /** Languages the model translates between, every direction (BCP 47 primary tags). */
  languages: readonly string[];
  /** Upper bound on the answer's tokens: an utterance is a sentence or two. */
  maxTokens?: number;
  onRetry?: (notice: RetryNotice) => void;
}

/**
 * The production translator: an instruction-tuned model behind a HuggingFace Inference Endpoint,
 * asked through the OpenAI-compatible `POST {url}/chat/completions` with a translation prompt and
 * temperature 0 (the same utterance translates the same way on every instance).
 */
export class HfTranslator implements Translator {
  readonly name = 'hf-mt';
  private readonly languageSet: ReadonlySet<string>;

  constructor(private readonly options: HfTranslatorOptions) {
    this.languageSet = new Set(options.languages);
  }

  supports(source: string, target: string): boolean {
    const from = primaryLanguage(source);
    const to = primaryLanguage(target);
    return from === to || (this.languageSet.has(from) && this.languageSet.has(to));
  }

  pairs(): readonly string[] {
    return this.options.languages.flatMap((source) =>
      this.options.languages.filter((target) => target !== source).map((target) => `${source}-${target}`),
    );
  }

  async translate(text: string, source: string, target: string, options: { signal?: AbortSignal } = {}): Promise<string> {
    if (!this.supports(source, target)) {
      throw new EngineError(
        'unsupported_language',
        `The MT endpoint is configured for ${this.options.languages.join(', ')}; ${source} to ${target} was asked.`,
      );
    }
    const utterance = text.replace(/\s+/g, ' ').trim();
    if (utterance === '' || primaryLanguage(source) === primaryLanguage(target)) return utterance;
    const { endpoint } = this.options;
    const url = new URL(`${endpoint.url.href.replace(/\/+$/, '')}/chat/completions`);
    const body = JSON.stringify({
      model: this.options.model,
      messages: [
        {
          role: 'system',
          content: `You are a live subtitle translator. Translate the user's text from ${languageName(source)} to ${languageName(target)}. Answer with the translation only: no quotes, notes or explanations.`,
        },
        { role: 'user', content: utterance },
      ],
      temperature: 0,
      max_tokens: this.options.maxTokens ?? 256,
      stream: false,
    });
    const answer = (await postJson(endpoint, url, {
      body,
      contentType: 'application/json',
      signal: options.signal,
      onRetry: this.options.onRetry,
    })) as {
      choices?: { message?: { content?: unknown } }[];
    };
    const content = answer.choices?.[0]?.message?.content;
    if (typeof content !== 'string' || content.trim() === '')
      throw new EngineError('engine_failed', `${url.host} answered without a translation (no choices[0].message.content).`);
    return content.trim();
  }

  /** Reports the configuration without calling the endpoint (see `HfRecognizer.probe`). */
  probe(): Promise<EngineCapabilities> {
    return Promise.resolve({
      engine: this.name,
      pairs: this.pairs(),
      detail: `HuggingFace endpoint ${this.options.endpoint.url.host}, model ${this.options.model} (contacted on demand)`,
    });
  }

  async close(): Promise<void> {
    // Stateless: fetch keeps no connection that must be closed.
  }
}
