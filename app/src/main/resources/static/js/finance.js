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
  // The limits come from the server's settings (nadiya.finance.max-statement-size, max-spreadsheet-size).
  var tooLarge = function () {
    var input = document.getElementById("file");
    if (!input || input.files.length === 0) {
      return null;
    }
    var file = input.files[0];
    var max = Number(form.dataset.maxBytes);
    var maxSheet = Number(form.dataset.maxSheetBytes);
    var format = document.getElementById("format");
    var sheet = /\.xlsx?$/i.test(file.name) || (format && format.value === "xlsx");
    if (sheet && maxSheet > 0 && file.size > maxSheet) {
      return form.dataset.sheetTooLarge;
    }
    return max > 0 && file.size > max ? form.dataset.tooLarge : null;
  };
  var refuse = function (event) {
    var message = tooLarge();
    if (message) {
      event.preventDefault();
      if (result) {
        result.textContent = message;
        result.className = "error";
      }
      return true;
    }
    return false;
  };
  // The server refuses a larger request before the application sees the file: say so here.
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
