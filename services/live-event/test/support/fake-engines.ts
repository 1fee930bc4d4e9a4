/** The deterministic engines live in @ilenia/speech-engines/testing (live-service's agent tests use them too); this keeps live-event's imports. */
export { PrefixTranslator, ScriptedRecognizer, SilentSynthesizer, speech } from '@ilenia/speech-engines/testing/fake-engines';
export { silence } from '@ilenia/speech-engines/testing/speech-fixtures';
