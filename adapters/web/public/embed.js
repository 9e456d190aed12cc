// One line on any website opens the studio's chat in place:
//   <script src="https://<host>/embed.js" data-studio="<slug>" async></script>
// Optional: data-height (CSS length, default 640px), data-title (the frame's accessible name).
(() => {
  const script = document.currentScript;
  const slug = script?.dataset.studio;
  if (!script || !slug) {
    console.error('embed.js: add data-studio="<studio>" to the script tag');
    return;
  }
  const frame = document.createElement("iframe");
  frame.src = new URL(`/chat/${encodeURIComponent(slug)}`, script.src).href;
  frame.title = script.dataset.title || "Chat with the studio: timetable and bookings";
  frame.loading = "lazy";
  frame.referrerPolicy = "strict-origin-when-cross-origin";
  frame.allow = "clipboard-write";
  frame.style.width = "100%";
  frame.style.maxWidth = "100%";
  frame.style.height = script.dataset.height || "640px";
  frame.style.border = "0";
  frame.setAttribute("data-booking-chat", slug);
  // Where the visitor's browser keeps an embedded page from remembering them (third-party cookies
  // blocked), the chat still works in a tab of its own.
  const open = document.createElement("a");
  open.href = frame.src;
  open.target = "_blank";
  open.rel = "noopener";
  open.textContent = script.dataset.openLabel || "Open the chat in a new tab";
  open.setAttribute("data-booking-chat-open", slug);
  const line = document.createElement("p");
  line.append(open);
  script.after(frame, line);
})();
