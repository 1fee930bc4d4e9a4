/**
 * The input level of a microphone track, for the speaker's meter: the RMS of what the track carries,
 * about ten times a second. LiveKit sends the audio itself; this only listens to it.
 */
export function followMicrophoneLevel(track: MediaStreamTrack, onLevel: (rms: number) => void): () => void {
  if (typeof AudioContext === 'undefined') return () => undefined;
  const context = new AudioContext();
  const source = context.createMediaStreamSource(new MediaStream([track]));
  const analyser = context.createAnalyser();
  analyser.fftSize = 1024;
  source.connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  const timer = setInterval(() => {
    analyser.getFloatTimeDomainData(samples);
    let sum = 0;
    for (const sample of samples) sum += sample * sample;
    onLevel(Math.sqrt(sum / samples.length));
  }, 100);
  return () => {
    clearInterval(timer);
    source.disconnect();
    void context.close().catch(() => undefined);
    onLevel(0);
  };
}
