// Keeps every message the host page receives, with its origin, for the test to read.
window.received = [];
window.addEventListener("message", (event) => {
  window.received.push({ origin: event.origin, data: event.data });
});
