/*
 * ps-stream: a streaming front end to the pocketsphinx library (Debian's 0.8+5prealpha has no
 * streaming tool with partial results). Built on first use by packages/speech-engines/src/local/
 * pocketsphinx-helper.ts; one process per recognition stream (about 100 MB, the acoustic model).
 *
 * stdin, framed so that audio and commands share one ordered channel:
 *   1 byte type, 4 bytes little-endian payload length, payload.
 *   'A' audio: PCM s16le mono 16 kHz samples.   'F' flush: end the utterance in progress now.
 * stdout, one JSON object per line (offsets are sample counts since this process started):
 *   {"type":"ready"}                                       the model is loaded
 *   {"type":"partial"|"final","text":...,"start":s,"end":e,"at":a}
 *                                                          a = samples read when it was produced
 *   {"type":"progress","at":a}                             audio consumed (a liveness signal)
 *   {"type":"flushed","at":a}                              the flush command was honoured
 *   {"type":"error","message":...}                         then it exits non-zero
 *
 * Own options come first, then any pocketsphinx option (-hmm, -lm, -dict, -vad_postspeech, ...):
 *   --silence-rms N           chunks below this RMS are not fed between utterances, except the
 *                             last 200 ms before a sound: digital silence makes the voice detector
 *                             fire empty utterances and misrecognise the next real one (default 40).
 *   --partial-interval-ms N   how much audio between two partial hypotheses (default 200).
 *   --max-utterance-ms N      an utterance longer than this is ended (default 20000).
 *   --end-silence-ms N        the energy end-of-utterance detector: an utterance is ended after N ms
 *                             of audio quieter than the end threshold (0: off, the default; then only
 *                             pocketsphinx's -vad_postspeech ends it). Its voice detector needs
 *                             -vad_postspeech frames it judges non-speech, and judges late; the end
 *                             of energy is seen at once, so a final comes out that much earlier.
 *                             The threshold is 4x the noise floor (the quietest recent audio between
 *                             utterances, rising at most 3 dB a second), and never below
 *                             --silence-rms, so a noisy room does not keep utterances open.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <pocketsphinx.h>

#define SAMPLE_RATE 16000
#define SAMPLES_PER_FRAME 160
#define PROGRESS_INTERVAL_SAMPLES 4000
#define MAX_FRAME_BYTES (1 << 22)
#define LEAD_IN_SAMPLES 3200

static ps_decoder_t *decoder;
static int64_t samples_read;
static int64_t utterance_start;
static int64_t previous_end;
static int in_utterance;
static int partial_sent;
static int64_t last_partial_at;
static int64_t last_progress_at;
static char last_partial[4096];
static int32 prespeech_frames;
static int32 postspeech_frames;

static double silence_rms = 40.0;
static int64_t end_silence = 0;
/* The energy detector's state: the noise floor (RMS, between utterances) and the quiet run so far. */
static double noise_floor = 0;
static int64_t quiet_samples;
static int64_t partial_interval = SAMPLE_RATE / 5;
static int64_t max_utterance = SAMPLE_RATE * 20;

static void print_json_string(const char *text) {
  putchar('"');
  for (const unsigned char *c = (const unsigned char *)text; *c; c++) {
    if (*c == '"' || *c == '\\') printf("\\%c", *c);
    else if (*c < 0x20) printf("\\u%04x", *c);
    else putchar(*c);
  }
  putchar('"');
}

static void emit_error(const char *message) {
  printf("{\"type\":\"error\",\"message\":");
  print_json_string(message);
  printf("}\n");
  fflush(stdout);
}

static void emit_hypothesis(const char *kind, const char *text, int64_t end) {
  printf("{\"type\":\"%s\",\"text\":", kind);
  print_json_string(text);
  printf(",\"start\":%lld,\"end\":%lld,\"at\":%lld}\n", (long long)utterance_start, (long long)end, (long long)samples_read);
  fflush(stdout);
}

/* The detector needs `-vad_prespeech` frames of speech before it says so: the utterance began about
 * that long before the chunk that made it fire, and never before the previous one ended. */
static void begin_utterance(size_t chunk_samples) {
  int64_t lead = (int64_t)prespeech_frames * SAMPLES_PER_FRAME + (int64_t)chunk_samples;
  utterance_start = samples_read - lead > previous_end ? samples_read - lead : previous_end;
  in_utterance = 1;
  quiet_samples = 0;
  partial_sent = 0;
  last_partial[0] = '\0';
  last_partial_at = samples_read;
}

/* Ends the utterance: its hypothesis becomes final. A final is sent when the text is not empty, or
 * when partials were sent (an empty final then withdraws them). */
static void end_utterance(int64_t end) {
  ps_end_utt(decoder);
  const char *hypothesis = ps_get_hyp(decoder, NULL);
  if (hypothesis == NULL) hypothesis = "";
  if (hypothesis[0] != '\0' || partial_sent) emit_hypothesis("final", hypothesis, end);
  ps_start_utt(decoder);
  in_utterance = 0;
  previous_end = end;
}

static double root_mean_square(const int16_t *samples, size_t count) {
  double sum = 0;
  for (size_t i = 0; i < count; i++) sum += (double)samples[i] * samples[i];
  return count ? sqrt(sum / count) : 0;
}

/* The last skipped samples, fed just before the next sound: the detector needs a quiet lead-in to
 * catch a first word, but long runs of near-silence (a muted microphone, synthetic silence) make it
 * fire empty utterances and misjudge the next real one, and skew the cepstral mean. */
static int16_t lead_in[LEAD_IN_SAMPLES];
static size_t lead_in_length;

static void keep_as_lead_in(const int16_t *samples, size_t count) {
  if (count >= LEAD_IN_SAMPLES) {
    memcpy(lead_in, samples + count - LEAD_IN_SAMPLES, sizeof lead_in);
    lead_in_length = LEAD_IN_SAMPLES;
    return;
  }
  size_t keep = lead_in_length + count > LEAD_IN_SAMPLES ? LEAD_IN_SAMPLES - count : lead_in_length;
  memmove(lead_in, lead_in + lead_in_length - keep, keep * sizeof *lead_in);
  memcpy(lead_in + keep, samples, count * sizeof *samples);
  lead_in_length = keep + count;
}

/* Follows the noise floor between utterances: down at once, up slowly (3 dB a second in 10 ms frames),
 * so the onset of a word before the voice detector fires barely moves it. */
static void track_noise_floor(double rms) {
  if (noise_floor <= 0 || rms < noise_floor) noise_floor = rms > 1 ? rms : 1;
  else noise_floor *= 1.0035;
}

/* Counts the run of quiet 10 ms frames at the end of the chunk (an utterance in progress only). */
static void track_quiet_run(const int16_t *samples, size_t count) {
  double threshold = 4 * noise_floor > silence_rms ? 4 * noise_floor : silence_rms;
  for (size_t offset = 0; offset < count; offset += SAMPLES_PER_FRAME) {
    size_t length = count - offset < SAMPLES_PER_FRAME ? count - offset : SAMPLES_PER_FRAME;
    if (root_mean_square(samples + offset, length) < threshold) quiet_samples += (int64_t)length;
    else quiet_samples = 0;
  }
}

static void process_chunk(const int16_t *samples, size_t count) {
  samples_read += count;
  if (!in_utterance) {
    for (size_t offset = 0; offset < count; offset += SAMPLES_PER_FRAME) {
      size_t length = count - offset < SAMPLES_PER_FRAME ? count - offset : SAMPLES_PER_FRAME;
      track_noise_floor(root_mean_square(samples + offset, length));
    }
  }
  if (!in_utterance && root_mean_square(samples, count) < silence_rms) {
    keep_as_lead_in(samples, count);
  } else {
    if (lead_in_length > 0) ps_process_raw(decoder, lead_in, lead_in_length, FALSE, FALSE);
    lead_in_length = 0;
    ps_process_raw(decoder, samples, count, FALSE, FALSE);
    int speaking = ps_get_in_speech(decoder);
    if (speaking && !in_utterance) begin_utterance(count);
    if (in_utterance && end_silence > 0) track_quiet_run(samples, count);
    if (in_utterance && end_silence > 0 && quiet_samples >= end_silence && samples_read - quiet_samples > utterance_start) {
      end_utterance(samples_read - quiet_samples);
    } else if (in_utterance && !speaking) {
      int64_t trailing = (int64_t)postspeech_frames * SAMPLES_PER_FRAME;
      end_utterance(samples_read - trailing > utterance_start ? samples_read - trailing : samples_read);
    } else if (in_utterance && samples_read - utterance_start >= max_utterance) {
      end_utterance(samples_read);
    } else if (in_utterance && samples_read - last_partial_at >= partial_interval) {
      last_partial_at = samples_read;
      const char *hypothesis = ps_get_hyp(decoder, NULL);
      if (hypothesis != NULL && hypothesis[0] != '\0' && strcmp(hypothesis, last_partial) != 0) {
        snprintf(last_partial, sizeof last_partial, "%s", hypothesis);
        partial_sent = 1;
        emit_hypothesis("partial", hypothesis, samples_read);
      }
    }
  }
  if (samples_read - last_progress_at >= PROGRESS_INTERVAL_SAMPLES) {
    last_progress_at = samples_read;
    printf("{\"type\":\"progress\",\"at\":%lld}\n", (long long)samples_read);
    fflush(stdout);
  }
}

/* Audio is handled in 20 ms chunks (what a client streams), whatever size the frames carried: the
 * skipping of silence and both end-of-utterance detectors then decide at the same points. */
static void process_audio(const int16_t *samples, size_t count) {
  for (size_t offset = 0; offset < count; offset += 2 * SAMPLES_PER_FRAME) {
    process_chunk(samples + offset, count - offset < 2 * SAMPLES_PER_FRAME ? count - offset : 2 * SAMPLES_PER_FRAME);
  }
}

/* Reads exactly `size` bytes; returns 0 at a clean end of input, -1 on a truncated frame. */
static int read_exactly(void *buffer, size_t size) {
  size_t done = 0;
  while (done < size) {
    ssize_t n = read(STDIN_FILENO, (char *)buffer + done, size - done);
    if (n == 0) return done == 0 ? 0 : -1;
    if (n < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    done += (size_t)n;
  }
  return 1;
}

int main(int argc, char *argv[]) {
  int first_decoder_argument = 1;
  while (first_decoder_argument + 1 < argc && strncmp(argv[first_decoder_argument], "--", 2) == 0) {
    const char *name = argv[first_decoder_argument];
    double value = atof(argv[first_decoder_argument + 1]);
    if (strcmp(name, "--silence-rms") == 0) silence_rms = value;
    else if (strcmp(name, "--partial-interval-ms") == 0) partial_interval = (int64_t)(value * SAMPLE_RATE / 1000);
    else if (strcmp(name, "--max-utterance-ms") == 0) max_utterance = (int64_t)(value * SAMPLE_RATE / 1000);
    else if (strcmp(name, "--end-silence-ms") == 0) end_silence = (int64_t)(value * SAMPLE_RATE / 1000);
    else {
      emit_error("unknown option");
      return 2;
    }
    first_decoder_argument += 2;
  }
  argv[first_decoder_argument - 1] = argv[0];
  cmd_ln_t *config = cmd_ln_parse_r(NULL, ps_args(), argc - first_decoder_argument + 1, argv + first_decoder_argument - 1, TRUE);
  if (config == NULL) {
    emit_error("invalid pocketsphinx options");
    return 2;
  }
  decoder = ps_init(config);
  if (decoder == NULL) {
    emit_error("pocketsphinx could not load its model (is pocketsphinx-en-us installed?)");
    return 3;
  }
  prespeech_frames = cmd_ln_int32_r(config, "-vad_prespeech");
  postspeech_frames = cmd_ln_int32_r(config, "-vad_postspeech");
  ps_start_utt(decoder);
  printf("{\"type\":\"ready\"}\n");
  fflush(stdout);

  static unsigned char payload[MAX_FRAME_BYTES];
  for (;;) {
    unsigned char header[5];
    int status = read_exactly(header, sizeof header);
    if (status == 0) break;
    if (status < 0) {
      emit_error("truncated frame header");
      return 4;
    }
    uint32_t length = header[1] | (header[2] << 8) | (header[3] << 16) | ((uint32_t)header[4] << 24);
    if (length > MAX_FRAME_BYTES || length % 2 != 0) {
      emit_error("frame too long or odd");
      return 4;
    }
    if (length > 0 && read_exactly(payload, length) != 1) {
      emit_error("truncated frame payload");
      return 4;
    }
    if (header[0] == 'A') {
      process_audio((const int16_t *)payload, length / 2);
    } else if (header[0] == 'F') {
      if (in_utterance) end_utterance(samples_read);
      printf("{\"type\":\"flushed\",\"at\":%lld}\n", (long long)samples_read);
      fflush(stdout);
    } else {
      emit_error("unknown frame type");
      return 4;
    }
  }
  if (in_utterance) end_utterance(samples_read);
  ps_free(decoder);
  cmd_ln_free_r(config);
  return 0;
}
