// The registration form: naming a country other than Ukraine makes the proceeding transnational (the server
// applies the same rule), so the box is ticked as the countries are typed.
document.addEventListener("DOMContentLoaded", function () {
  var countries = document.getElementById("countries");
  var transnational = document.getElementById("transnational");
  if (!countries || !transnational) {
    return;
  }
  var apply = function () {
    var foreign = countries.value.split(/[,;]/).map(function (c) { return c.trim().toUpperCase(); })
      .some(function (c) { return c.length > 0 && c !== "UA"; });
    if (foreign) {
      transnational.checked = true;
    }
  };
  countries.addEventListener("input", apply);
  apply();
});
