package io.github.provplan.indicator;

/**
 * Codes of the well-known indicators in the bundled registry ({@link IndicatorRegistry#bundled()}), so that code
 * which queries them is checked by the compiler: {@code IndicatorRegistry.bundled().get(Indicators.GRDP_GROWTH)}.
 *
 * <p>The class holds only constants, which are immutable and safe to share between threads.
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
    /** The structure the four GDP shares of the national economy belong to. */
    public static final String GDP_STRUCTURE = "gdp";
    /** The structure the four GRDP shares belong to. */
    public static final String GRDP_STRUCTURE = "grdp";
    /** Growth of agriculture, forestry and fishery (sector I). */
    public static final String AGRICULTURE_GROWTH = "agriculture-growth";
    /** Population growth rate, percent ("tốc độ tăng dân số"). */
    public static final String POPULATION_GROWTH = "population-growth";
    /** Share of workers with training, percent ("tỷ lệ lao động qua đào tạo"). */
    public static final String TRAINED_LABOUR_RATE = "trained-labour-rate";
    /** Share of workers with a training degree or certificate, percent. */
    public static final String CERTIFIED_LABOUR_RATE = "certified-labour-rate";
    /** Hospital beds per 10,000 people ("số giường bệnh trên vạn dân"). */
    public static final String HOSPITAL_BEDS_PER_10000 = "hospital-beds-per-10000";
    /** Doctors per 10,000 people ("số bác sĩ trên vạn dân"). */
    public static final String DOCTORS_PER_10000 = "doctors-per-10000";
    /** State budget revenue collected in the province, billion VND. */
    public static final String STATE_BUDGET_REVENUE = "state-budget-revenue";
    /** Provincial Competitiveness Index ranking. */
    public static final String PCI = "pci";
    /** Provincial Governance and Public Administration Performance Index ranking. */
    public static final String PAPI = "papi";
    /** Public Administration Reform Index ranking. */
    public static final String PAR_INDEX = "par-index";

    /** Growth of industry and construction (sector II). */
    public static final String INDUSTRY_GROWTH = "industry-growth";
    /** Growth of services (sector III). */
    public static final String SERVICES_GROWTH = "services-growth";
    /** Urbanisation rate. */
    public static final String URBANISATION_RATE = "urbanisation-rate";
    /** Multidimensional poverty rate of households. */
    public static final String POVERTY_RATE = "poverty-rate";
    /** Share of kindergartens meeting the national standard. */
    public static final String STANDARD_SCHOOLS_KINDERGARTEN = "standard-schools-kindergarten";
    /** Share of primary schools meeting the national standard. */
    public static final String STANDARD_SCHOOLS_PRIMARY = "standard-schools-primary";
    /** Share of lower secondary schools meeting the national standard. */
    public static final String STANDARD_SCHOOLS_LOWER_SECONDARY = "standard-schools-lower-secondary";
    /** Share of upper secondary schools meeting the national standard. */
    public static final String STANDARD_SCHOOLS_UPPER_SECONDARY = "standard-schools-upper-secondary";
    /** Universal kindergarten education for children aged 3-4. */
    public static final String UNIVERSAL_KINDERGARTEN_EDUCATION = "universal-kindergarten-education";
    /** Share of development investment in state budget spending. */
    public static final String DEVELOPMENT_INVESTMENT_SPENDING_SHARE = "development-investment-spending-share";
    /** Share of recurrent spending in state budget spending. */
    public static final String RECURRENT_SPENDING_SHARE = "recurrent-spending-share";
    /** Disbursement rate of public investment capital. */
    public static final String PUBLIC_INVESTMENT_DISBURSEMENT = "public-investment-disbursement";
    /** GDP growth rate. */
    public static final String GDP_GROWTH = "gdp-growth";
    /** GDP per capita at current prices. */
    public static final String GDP_PER_CAPITA = "gdp-per-capita";
    /** Share of agriculture, forestry and fishery in GDP. */
    public static final String GDP_SHARE_AGRICULTURE = "gdp-share-agriculture";
    /** Share of industry and construction in GDP. */
    public static final String GDP_SHARE_INDUSTRY = "gdp-share-industry";
    /** Share of services in GDP. */
    public static final String GDP_SHARE_SERVICES = "gdp-share-services";
    /** Share of product taxes less subsidies in GDP. */
    public static final String GDP_SHARE_TAXES = "gdp-share-taxes";
    /** Size of GRDP at current prices. */
    public static final String GRDP_SIZE = "grdp-size";
    /** Share of the digital economy in GRDP (GDP). */
    public static final String DIGITAL_ECONOMY_SHARE = "digital-economy-share";
    /** Share of processing and manufacturing in GRDP (GDP). */
    public static final String MANUFACTURING_SHARE = "manufacturing-share";
    /** Share of the private economy in GRDP. */
    public static final String PRIVATE_ECONOMY_SHARE = "private-economy-share";
    /** Growth of social labour productivity. */
    public static final String LABOUR_PRODUCTIVITY_GROWTH = "labour-productivity-growth";
    /** Contribution of total factor productivity (TFP) to growth. */
    public static final String TFP_CONTRIBUTION = "tfp-contribution";
    /** Income per capita. */
    public static final String INCOME_PER_CAPITA = "income-per-capita";
    /** Total social investment. */
    public static final String TOTAL_SOCIAL_INVESTMENT = "total-social-investment";
    /** Total social investment as a share of GRDP (GDP). */
    public static final String TOTAL_SOCIAL_INVESTMENT_SHARE = "total-social-investment-share";
    /** Export turnover. */
    public static final String EXPORT_VALUE = "export-value";
    /** Population. */
    public static final String POPULATION = "population";
    /** Tourist visits. */
    public static final String TOURIST_VISITORS = "tourist-visitors";
    /** International tourist visits. */
    public static final String INTERNATIONAL_VISITORS = "international-visitors";
    /** Human development index (HDI). */
    public static final String HDI = "hdi";
    /** Life expectancy. */
    public static final String LIFE_EXPECTANCY = "life-expectancy";
    /** Forest cover rate. */
    public static final String FOREST_COVER_RATE = "forest-cover-rate";
    /** Health insurance coverage. */
    public static final String HEALTH_INSURANCE_COVERAGE = "health-insurance-coverage";
    /** Share of communes meeting the new-rural standard. */
    public static final String NEW_RURAL_COMMUNES_RATE = "new-rural-communes-rate";
    /** Share of renewable energy in the total primary energy supply. */
    public static final String RENEWABLE_ENERGY_SHARE = "renewable-energy-share";
    /** New jobs created. */
    public static final String NEW_JOBS = "new-jobs";

    /** Share of schools (all levels) meeting the national standard. */
    public static final String STANDARD_SCHOOLS_RATE = "standard-schools-rate";
    /** Number of urban districts (quận). */
    public static final String URBAN_DISTRICTS = "urban-districts";
    /** Number of class-III urban areas. */
    public static final String CLASS_III_URBAN_AREAS = "class-iii-urban-areas";
    /** Number of class-IV urban areas. */
    public static final String CLASS_IV_URBAN_AREAS = "class-iv-urban-areas";

    private Indicators() {
    }
}
