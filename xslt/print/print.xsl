<?xml version="1.0" encoding="UTF-8"?>
<!-- The print edition: a TEI document becomes print HTML (apply templates to the document); the
     named template `book` makes the whole edition as one book from the manifest. WeasyPrint lays
     the print HTML out with print.css (CSS Paged Media); edition/render/pdf.py runs both. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions" exclude-result-prefixes="#all">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/functions.xsl"/>
  <xsl:include href="../common/elements.xsl"/>
  <xsl:include href="print_behaviours.xsl"/>
  <xsl:include href="print_pages.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>
</xsl:stylesheet>
