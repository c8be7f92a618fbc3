// Recording from the microphone with MediaRecorder: Opus in WebM where the browser has it.

const PREFERRED_TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm', 'audio/mp4'];
const EXTENSIONS = { 'audio/webm': 'webm', 'audio/ogg': 'ogg', 'audio/mp4': 'm4a', 'audio/mpeg': 'mp3', 'audio/wav': 'wav' };

export function canRecord() {
  return !!(navigator.mediaDevices && navigator.mediaDevices.getUserMedia && window.MediaRecorder);
}

export function fileNameFor(type) {
  const base = (type || '').split(';')[0].trim();
  return `recording.${EXTENSIONS[base] || 'webm'}`;
}

export class Recorder {
  /** Asks for the microphone and starts recording; throws the getUserMedia error when refused. */
  async start() {
    this.stream = await navigator.mediaDevices.getUserMedia({
      audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: true, channelCount: 1 },
    });
    const mimeType = PREFERRED_TYPES.find((t) => MediaRecorder.isTypeSupported(t));
    this.recorder = new MediaRecorder(this.stream, mimeType ? { mimeType } : undefined);
    this.chunks = [];
    this.recorder.ondataavailable = (e) => { if (e.data && e.data.size) this.chunks.push(e.data); };
    this.stopped = new Promise((resolve) => { this.recorder.onstop = resolve; });
    this.recorder.start(500);
  }

  get recording() {
    return !!this.recorder && this.recorder.state === 'recording';
  }

  /** Stops, lets the microphone go (so the phone's indicator turns off) and returns the recording. */
  async stop() {
    if (!this.recorder) return null;
    if (this.recorder.state !== 'inactive') this.recorder.stop();
    await this.stopped;
    this.release();
    const type = this.recorder.mimeType || (this.chunks[0] && this.chunks[0].type) || 'audio/webm';
    this.recorder = null;
    return new Blob(this.chunks, { type });
  }

  release() {
    if (this.stream) this.stream.getTracks().forEach((t) => t.stop());
    this.stream = null;
  }
}

export function microphoneProblem(error) {
  const name = error && error.name;
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return "Le micro est refusé. Autorisez-le dans les réglages du navigateur pour enregistrer.";
  if (name === 'NotFoundError' || name === 'OverconstrainedError')
    return 'Aucun micro trouvé sur cet appareil.';
  if (name === 'NotReadableError') return 'Le micro est déjà utilisé par une autre application.';
  return "Impossible d'enregistrer sur ce navigateur.";
}
