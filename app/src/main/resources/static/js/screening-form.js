// The child path: when the officer marks a child or an unclear age, the child indicators open by themselves.
(function () {
  "use strict";
  var group = document.getElementById("group-child");
  if (!group) {
    return;
  }
  document.querySelectorAll("input[name=age]").forEach(function (input) {
    input.addEventListener("change", function () {
      if (input.checked && input.value !== "ADULT") {
        group.open = true;
      }
    });
  });
})();
