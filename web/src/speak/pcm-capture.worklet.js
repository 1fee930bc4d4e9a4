// Runs in the AudioWorklet: turns the microphone (already downmixed to mono and resampled to 16 kHz by
// the node's channelCount and the AudioContext's sampleRate) into 20 ms frames of 16-bit PCM, little
// endian (320 samples, 640 bytes), posted as transferable buffers with the frame's RMS level.
/* global AudioWorkletProcessor, registerProcessor -- the AudioWorkletGlobalScope's own names */
const samplesPerFrame = 320;

class PcmCaptureProcessor extends AudioWorkletProcessor {
  constructor() {
    super();
    this.frame = new Int16Array(samplesPerFrame);
    this.filled = 0;
    this.sumOfSquares = 0;
  }

  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (!channel) return true;
    for (let index = 0; index < channel.length; index += 1) {
      const sample = Math.max(-1, Math.min(1, channel[index]));
      this.sumOfSquares += sample * sample;
      this.frame[this.filled] = sample < 0 ? sample * 0x8000 : sample * 0x7fff;
      this.filled += 1;
      if (this.filled === samplesPerFrame) {
        const level = Math.sqrt(this.sumOfSquares / samplesPerFrame);
        this.port.postMessage({ pcm: this.frame.buffer, level }, [this.frame.buffer]);
        this.frame = new Int16Array(samplesPerFrame);
        this.filled = 0;
        this.sumOfSquares = 0;
      }
    }
    return true;
  }
}

registerProcessor('pcm-capture', PcmCaptureProcessor);
