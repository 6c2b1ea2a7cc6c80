package io.github.provplan.indicator;

/**
 * Codes of the well-known indicators in the bundled registry ({@link IndicatorRegistry#bundled()}), so that code
 * which queries them is checked by the compiler.
 */
public final class Indicators {
    /** GRDP growth rate, percent (an average annual rate is given in percent per year). */
    public static final String GRDP_GROWTH = "grdp-growth";
    /** GRDP per capita at current prices, million VND. */
    public static final String GRDP_PER_CAPITA = "grdp-per-capita";
    /** Share of agriculture, forestry and fishery (sector I) in GRDP. */
    public static final String GRDP_SHARE_AGRICULTURE = "grdp-share-agriculture";
    /** Share of industry and construction (sector II) in GRDP. */
    public static final String GRDP_SHARE_INDUSTRY = "grdp-share-industry";
    /** Share of services (sector III) in GRDP. */
    public static final String GRDP_SHARE_SERVICES = "grdp-share-services";
    /** Share of product taxes less product subsidies in GRDP. */
    public static final String GRDP_SHARE_TAXES = "grdp-share-taxes";
    /** The structure the four GRDP shares belong to. */
    public static final String GRDP_STRUCTURE = "grdp";
    /** Growth of agriculture, forestry and fishery (sector I). */
    public static final String AGRICULTURE_GROWTH = "agriculture-growth";
    public static final String POPULATION_GROWTH = "population-growth";
    public static final String TRAINED_LABOUR_RATE = "trained-labour-rate";
    public static final String CERTIFIED_LABOUR_RATE = "certified-labour-rate";
    public static final String HOSPITAL_BEDS_PER_10000 = "hospital-beds-per-10000";
    public static final String DOCTORS_PER_10000 = "doctors-per-10000";
    public static final String STATE_BUDGET_REVENUE = "state-budget-revenue";
    /** Provincial Competitiveness Index ranking. */
    public static final String PCI = "pci";
    /** Provincial Governance and Public Administration Performance Index ranking. */
    public static final String PAPI = "papi";
    /** Public Administration Reform Index ranking. */
    public static final String PAR_INDEX = "par-index";

    private Indicators() {
    }
}
