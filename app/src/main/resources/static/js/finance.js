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
  form.addEventListener("htmx:beforeRequest", function () {
    bar.hidden = false;
    bar.value = 0;
  });
  form.addEventListener("htmx:afterRequest", function () {
    bar.value = 100;
  });
});
