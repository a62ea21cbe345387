// Draws attention to a new emergency case: a short WebAudio beep and a flashing tab title.

let audio = null;

/** Call from a user gesture (sign-in), so the browser lets the AudioContext play later. */
export function unlockAudio() {
  const Ctor = window.AudioContext || window.webkitAudioContext;
  if (!Ctor || audio) return;
  audio = new Ctor();
  audio.resume().catch(() => undefined);
}

export function beep() {
  if (!audio) return;
  const now = audio.currentTime;
  for (const start of [0, 0.3]) {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = 880;
    gain.gain.setValueAtTime(0.2, now + start);
    gain.gain.exponentialRampToValueAtTime(0.001, now + start + 0.25);
    osc.connect(gain).connect(audio.destination);
    osc.start(now + start);
    osc.stop(now + start + 0.25);
  }
}

let flashTimer = null;
let originalTitle = null;

/** Alternates the tab title until the window gets focus (or 60 s pass). */
export function flashTitle(text) {
  if (originalTitle === null) originalTitle = document.title;
  const original = originalTitle;
  if (flashTimer) clearInterval(flashTimer);
  let ticks = 0;
  flashTimer = setInterval(() => {
    ticks += 1;
    document.title = ticks % 2 ? original : `${text} · ${original}`;
    if (ticks >= 60 || (ticks > 2 && document.hasFocus())) stopFlash();
  }, 1000);
  document.title = `${text} · ${original}`;
}

export function stopFlash() {
  if (flashTimer) clearInterval(flashTimer);
  flashTimer = null;
  if (originalTitle !== null) document.title = originalTitle;
  originalTitle = null;
}
