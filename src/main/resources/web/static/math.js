// Renders the LaTeX in abstracts (elements with class "math") with KaTeX, served from the jar.
// Abstracts write $$…$$ inside sentences, so it is typeset inline like $…$; errors leave the text as written.
document.addEventListener("DOMContentLoaded", function () {
  if (typeof renderMathInElement !== "function") { return; }
  document.querySelectorAll(".math").forEach(function (el) {
    renderMathInElement(el, {
      delimiters: [
        { left: "$$", right: "$$", display: false },
        { left: "\\(", right: "\\)", display: false },
        { left: "\\[", right: "\\]", display: true },
        { left: "$", right: "$", display: false }
      ],
      throwOnError: false,
      trust: false
    });
  });
});
