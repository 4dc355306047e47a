package id.kinerja.organisasi.web;

import id.kinerja.organisasi.UnitService;
import id.kinerja.organisasi.UnitView;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read access to the unit tree for other systems (HTTP Basic), same reach rules as the pages. */
@RestController
@RequestMapping("/api/v1/unit")
class UnitApiController {

    private final UnitService units;

    UnitApiController(UnitService units) {
        this.units = units;
    }

    @GetMapping
    List<UnitView> terlihat() {
        return units.terlihat();
    }

    @GetMapping("/{id}")
    UnitView lihat(@PathVariable Long id) {
        return units.lihat(id);
    }
}
