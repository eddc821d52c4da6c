/* The main menu works without this script. With it, Escape closes a sub-menu opened by hovering or by
   focus, without moving the pointer or leaving the menu (WCAG 1.4.13), and focus returns to its section. */
(() => {
  const items = document.querySelectorAll(".main-nav__item--has-children");
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    for (const item of items) {
      if (item.classList.contains("is-dismissed") || !item.matches(":hover, :focus-within")) continue;
      item.classList.add("is-dismissed");
      if (item.contains(document.activeElement)) item.querySelector(".main-nav__link").focus();
    }
  });
  for (const item of items) {
    item.addEventListener("focusout", (event) => {
      if (!item.contains(event.relatedTarget)) item.classList.remove("is-dismissed");
    });
    item.addEventListener("mouseleave", () => item.classList.remove("is-dismissed"));
  }
})();
