// Small progressive enhancements; every page works without them.
document.addEventListener('DOMContentLoaded', function () {
    var print = document.getElementById('tombol-cetak');
    if (print) { print.addEventListener('click', function () { window.print(); }); }
    document.querySelectorAll('form[data-konfirmasi]').forEach(function (form) {
        form.addEventListener('submit', function (e) {
            if (!window.confirm(form.getAttribute('data-konfirmasi'))) { e.preventDefault(); }
        });
    });
});
// htmx requests carry the CSRF token from the page's meta tags.
document.addEventListener('htmx:configRequest', function (e) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { e.detail.headers[header.content] = token.content; }
});
