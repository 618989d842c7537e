package id.siksacademy.region;

/** An import refused because the list (checked again when importing) has problems; nothing was stored. */
public class RegionListRejectedException extends RuntimeException {

    private final transient RegionListCheck check;

    RegionListRejectedException(RegionListCheck check) {
        super(check.problems().size() + " problem(s) in the region list");
        this.check = check;
    }

    public RegionListCheck check() {
        return check;
    }
}
