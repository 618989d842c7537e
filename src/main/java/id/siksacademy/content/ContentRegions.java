package id.siksacademy.content;

import id.siksacademy.region.Kabupaten;
import id.siksacademy.region.RegionSource;
import java.util.List;
import org.springframework.stereotype.Component;

/** The kabupaten content/regions ships (Pati), for the region feature's list of known kabupaten. */
@Component
class ContentRegions implements RegionSource {

    private final Content content;

    ContentRegions(Content content) {
        this.content = content;
    }

    @Override
    public List<Kabupaten> kabupaten() {
        return List.of(content.kabupaten());
    }
}
