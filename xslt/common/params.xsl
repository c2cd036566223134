<?xml version="1.0" encoding="UTF-8"?>
<!-- Every parameter of the stylesheets, in one place. Each output (html, print) reads these. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" exclude-result-prefixes="#all">

  <!-- The manifest written by the Python builder: the edition's documents and registers
       (<edition title=".."><document href=".." stem=".." kind=".."/>…<register href=".."/></edition>). -->
  <xsl:param name="manifest-uri" as="xs:string" select="''"/>
  <!-- The title of the whole edition, shown on every page. -->
  <xsl:param name="edition-title" as="xs:string" select="'A digital edition'"/>
  <!-- The version of edition that built the pages, for "how to cite". -->
  <xsl:param name="edition-version" as="xs:string" select="''"/>
  <!-- The date the edition was built (ISO), for "how to cite"; empty for none. -->
  <xsl:param name="build-date" as="xs:string" select="''"/>
  <!-- Where the site will be published (https://…/), for stable citation URLs; empty: relative. -->
  <xsl:param name="base-url" as="xs:string" select="''"/>
  <!-- A project's own stylesheet, loaded after the edition's CSS (a path relative to the site). -->
  <xsl:param name="custom-css" as="xs:string" select="''"/>
  <!-- The stem of the page being made (for the document page, its TEI file's stem). -->
  <xsl:param name="stem" as="xs:string" select="''"/>
  <!-- For a person page: the id of the person (person.stalin). -->
  <xsl:param name="person-id" as="xs:string" select="''"/>

  <!-- Print: where the notes of a source go. 'foot': at the foot of the page of their marker
       (float: footnote), numbered with the number the source prints (@n); 'end': kept as endnotes
       after the document's text, as the source printed them. -->
  <xsl:param name="notes" as="xs:string" select="'foot'"/>

  <xsl:variable name="manifest" select="if ($manifest-uri) then doc($manifest-uri)/* else ()"/>
  <xsl:variable name="documents" select="for $d in $manifest/document return doc($d/@href)"/>
  <xsl:variable name="registers" select="for $r in $manifest/register return doc($r/@href)"/>
</xsl:stylesheet>
