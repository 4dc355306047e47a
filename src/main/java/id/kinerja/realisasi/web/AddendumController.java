package id.kinerja.realisasi.web;

import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.realisasi.SkorService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The PK page's compulsory-addendum panel (Kemenkeu), loaded by htmx: planning does not depend on realisation. */
@Controller
class AddendumController {

    private final SkorService skor;

    AddendumController(SkorService skor) {
        this.skor = skor;
    }

    @GetMapping("/realisasi/addendum/{unitId}/{tahun}")
    String panel(@PathVariable Long unitId, @PathVariable int tahun, Model model) {
        if (tahun < 2000 || tahun > 2100) {
            throw new NotFoundException("Tahun anggaran", tahun);
        }
        model.addAttribute("addendum", skor.addendumTerakhir(unitId, tahun));
        return "realisasi/addendum :: panel";
    }
}
