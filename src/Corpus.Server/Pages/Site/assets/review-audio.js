// Plays a claimed recording. The audio URL needs the bearer header, which <audio> cannot send, so the bytes
// are fetched here and played from a blob: URL (the page's CSP allows media-src blob:).

const player = () => document.getElementById('player');
let currentUrl = null;
let loading = 0;

function clear() {
  const audio = player();
  audio.pause();
  audio.removeAttribute('src');
  audio.load();
  if (currentUrl) URL.revokeObjectURL(currentUrl);
  currentUrl = null;
}

/** Shows the player for audioUrl (or hides it when null); onProblem gets a sentence if the audio cannot be had. */
export async function loadAudio(api, audioUrl, onProblem) {
  const box = document.getElementById('audio-box');
  const problem = document.getElementById('audio-problem');
  const ticket = ++loading;
  clear();
  problem.hidden = true;
  box.hidden = !audioUrl;
  if (!audioUrl) return;
  box.setAttribute('aria-busy', 'true');
  try {
    const blob = await api.audio(audioUrl);
    if (ticket !== loading) return; // the annotator already moved on
    currentUrl = URL.createObjectURL(blob);
    player().src = currentUrl;
  } catch (error) {
    if (ticket !== loading) return;
    problem.textContent = `L’enregistrement n’a pas pu être chargé : ${error.message}`;
    problem.hidden = false;
    onProblem(error);
  } finally {
    if (ticket === loading) box.removeAttribute('aria-busy');
  }
}

export function unloadAudio() {
  loading++;
  clear();
  document.getElementById('audio-box').hidden = true;
}

export function hasAudio() {
  return currentUrl !== null && !document.getElementById('audio-box').hidden;
}

export function togglePlay() {
  const audio = player();
  if (audio.paused) audio.play().catch(() => {});
  else audio.pause();
}
