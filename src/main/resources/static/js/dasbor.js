// Dashboard: charts from data-* attributes (no inline script under the CSP) and sortable tables.
document.addEventListener('DOMContentLoaded', function () {
    var warna = { hijau: '#198754', kuning: '#ffc107', merah: '#dc3545', abu: '#adb5bd' };
    function angka(s) { return s === '' ? null : parseFloat(s); }
    document.querySelectorAll('canvas[data-jenis]').forEach(function (c) {
        if (typeof Chart === 'undefined') { return; }
        var label = (c.dataset.label || '').split('|');
        var nilai = (c.dataset.nilai || '').split('|').map(angka);
        var w = c.dataset.warna ? c.dataset.warna.split('|').map(function (x) { return warna[x] || '#adb5bd'; }) : '#0d6efd';
        new Chart(c, {
            type: c.dataset.jenis,
            data: { labels: label, datasets: [{ label: c.dataset.judul || '', data: nilai, backgroundColor: w,
                borderColor: c.dataset.jenis === 'line' ? '#0d6efd' : w, spanGaps: false }] },
            options: { animation: false, plugins: { legend: { display: false } },
                scales: { y: { suggestedMin: 0, suggestedMax: 120 } } }
        });
        c.setAttribute('data-digambar', 'ya');
    });
    document.querySelectorAll('table.tabel-urut').forEach(function (t) {
        t.querySelectorAll('th[data-urut]').forEach(function (th, ignore) {
            var kolom = Array.prototype.indexOf.call(th.parentNode.children, th);
            var naik = false;
            th.addEventListener('click', function () {
                naik = !naik;
                var tbody = t.tBodies[0];
                var baris = Array.prototype.slice.call(tbody.rows);
                baris.sort(function (a, b) {
                    var x = a.cells[kolom].dataset.nilai || a.cells[kolom].textContent;
                    var y = b.cells[kolom].dataset.nilai || b.cells[kolom].textContent;
                    var r = th.dataset.urut === 'angka' ? parseFloat(x) - parseFloat(y) : x.localeCompare(y, 'id');
                    return naik ? r : -r;
                });
                baris.forEach(function (r) { tbody.appendChild(r); });
            });
        });
    });
});
