/* The main menu works without this script: on phones the "Menu" link opens it (#main-menu, :target) with
   every sub-menu open; on wider screens sub-menus open on hover and focus.
   With it, the "Menu" link becomes a disclosure button (aria-expanded; Escape or a click outside closes it
   and focus returns to the button), and each section with sub-pages gets its own toggle button, so that its
   sub-menu opens by touch or keyboard while a tap on the section's name still opens the section's page.
   Escape also closes a sub-menu opened by hovering (WCAG 1.4.13). */
(() => {
  const nav = document.getElementById("main-menu");
  const link = document.querySelector(".menu-toggle");
  if (!nav) return;
  nav.classList.add("is-enhanced");

  let button = null;
  if (link) {
    button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.innerHTML = link.innerHTML;
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", "main-menu");
    link.replaceWith(button);
  }
  const setMenu = (open) => {
    if (!button) return;
    button.setAttribute("aria-expanded", String(open));
    nav.classList.toggle("is-open", open);
  };
  if (button) {
    button.addEventListener("click", () => {
      const open = button.getAttribute("aria-expanded") !== "true";
      setMenu(open);
      if (open) nav.querySelector("a, input, button")?.focus();
    });
  }

  const items = [...nav.querySelectorAll(".main-nav__item--has-children")];
  const setItem = (item, open) => {
    item.classList.toggle("is-open", open);
    item.querySelector(".main-nav__toggle").setAttribute("aria-expanded", String(open));
  };
  for (const item of items) {
    const toggle = item.querySelector(".main-nav__toggle");
    toggle.hidden = false;
    toggle.addEventListener("click", () => {
      const open = toggle.getAttribute("aria-expanded") !== "true";
      for (const other of items) if (other !== item) setItem(other, false);
      item.classList.remove("is-dismissed");
      setItem(item, open);
    });
    item.addEventListener("focusout", (event) => {
      if (!item.contains(event.relatedTarget)) {
        item.classList.remove("is-dismissed");
        if (window.matchMedia("(min-width: 48rem)").matches) setItem(item, false);
      }
    });
    item.addEventListener("mouseleave", () => item.classList.remove("is-dismissed"));
  }

  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    for (const item of items) {
      const shown = item.classList.contains("is-open") || item.matches(":hover, :focus-within");
      if (!shown || item.classList.contains("is-dismissed")) continue;
      const hadFocus = item.contains(document.activeElement);
      item.classList.add("is-dismissed");
      setItem(item, false);
      if (hadFocus) {
        item.querySelector(".main-nav__toggle").focus();
        return;
      }
    }
    if (button && button.getAttribute("aria-expanded") === "true") {
      setMenu(false);
      button.focus();
    }
  });
  document.addEventListener("click", (event) => {
    if (button && nav.classList.contains("is-open") && !nav.contains(event.target) && !button.contains(event.target)) {
      setMenu(false);
    }
    for (const item of items) if (!item.contains(event.target)) setItem(item, false);
  });
})();
