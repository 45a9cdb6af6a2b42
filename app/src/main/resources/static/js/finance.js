// Financial analysis: the statement upload shows its progress (htmx reports the upload's bytes as they go).
document.addEventListener("DOMContentLoaded", function () {
  var form = document.getElementById("finance-upload");
  var bar = document.getElementById("upload-progress");
  if (!form || !bar) {
    return;
  }
  form.addEventListener("htmx:xhr:progress", function (event) {
    if (event.detail.lengthComputable && event.detail.total > 0) {
      bar.hidden = false;
      bar.value = Math.round(event.detail.loaded * 100 / event.detail.total);
    }
  });
  var result = document.getElementById("upload-result");
  var tooLarge = function () {
    var input = document.getElementById("file");
    var max = Number(form.dataset.maxBytes);
    return input && input.files.length > 0 && max > 0 && input.files[0].size > max;
  };
  var refuse = function (event) {
    if (tooLarge()) {
      event.preventDefault();
      if (result) {
        result.textContent = form.dataset.tooLarge;
        result.className = "error";
      }
      return true;
    }
    return false;
  };
  // The server's multipart limit would refuse the request before the application sees it: say so here.
  form.addEventListener("submit", refuse);
  form.addEventListener("htmx:beforeRequest", function (event) {
    if (refuse(event)) {
      return;
    }
    bar.hidden = false;
    bar.value = 0;
  });
  form.addEventListener("htmx:afterRequest", function () {
    bar.value = 100;
  });
});
