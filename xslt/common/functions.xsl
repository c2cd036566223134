<?xml version="1.0" encoding="UTF-8"?>
<!-- Functions every output needs: quotation marks from @rend, safe links, plain text, names. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions" exclude-result-prefixes="#all">

  <!-- The opening and closing marks a quotation's @rend records (double-curly "…" …). -->
  <xsl:function name="ed:marks" as="xs:string*">
    <xsl:param name="rend" as="xs:string?"/>
    <xsl:variable name="tokens" select="tokenize($rend)"/>
    <xsl:sequence select="
      if ($tokens = 'double-curly') then ('“', '”')
      else if ($tokens = 'single-curly') then ('‘', '’')
      else if ($tokens = 'double-straight') then ('&quot;', '&quot;')
      else if ($tokens = 'single-straight') then ('''', '''')
      else if ($tokens = 'double-low') then ('„', '“')
      else if ($tokens = 'guillemets') then ('«', '»')
      else ()"/>
  </xsl:function>

  <!-- A link target from the text is used only if it is a web address or a fragment: never
       javascript:, data: or a file on the reader's machine. -->
  <xsl:function name="ed:safe-url" as="xs:string?">
    <xsl:param name="url" as="xs:string?"/>
    <xsl:sequence select="if (matches(normalize-space($url), '^(https?://|#)[^\s&quot;&lt;&gt;]*$', 'i'))
                          then normalize-space($url) else ()"/>
  </xsl:function>

  <!-- The text of an element without note markers and editorial glosses, for titles and snippets. -->
  <xsl:function name="ed:plain" as="xs:string">
    <xsl:param name="node" as="node()?"/>
    <xsl:sequence select="normalize-space(string-join(
      $node//text()[not(ancestor::tei:ref[@type = 'noteAnchor'])][not(ancestor::tei:note[@type = 'editorial'])], ''))"/>
  </xsl:function>

  <!-- The id without its '#'. -->
  <xsl:function name="ed:id" as="xs:string">
    <xsl:param name="pointer" as="xs:string?"/>
    <xsl:sequence select="replace(string($pointer), '^#', '')"/>
  </xsl:function>

  <!-- The file name of a person's page. -->
  <xsl:function name="ed:person-page" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="'persons/' || $id || '.html'"/>
  </xsl:function>
</xsl:stylesheet>
