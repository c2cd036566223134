<?xml version="1.0" encoding="UTF-8"?>
<!-- The web edition: a TEI document becomes its page (apply templates to the document); the
     named templates index, register, person, about and search make the edition's other pages
     from the manifest. Static HTML5 that works from any web server and from disk. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions" exclude-result-prefixes="#all">

  <xsl:include href="../common/params.xsl"/>
  <xsl:include href="../common/functions.xsl"/>
  <xsl:include href="../common/elements.xsl"/>
  <xsl:include href="html_behaviours.xsl"/>
  <xsl:include href="html_pages.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>
</xsl:stylesheet>
