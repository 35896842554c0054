// The page's own button opens the dialog-mode widget through the API.
window.IOPCheck = window.IOPCheck || function () { (IOPCheck.q = IOPCheck.q || []).push(arguments); };
document.getElementById("api-opener").addEventListener("click", function () {
  IOPCheck("open", "#iop-dialog");
});
