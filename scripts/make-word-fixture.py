#!/usr/bin/env python3
"""Writes Tests/PlanXTests/Fixtures/html/word-save-as-web-page.htm: a plan in the shape Microsoft
Word gives with "Save as Web Page" — windows-1252 bytes, Vietnamese letters outside windows-1252 as
numeric character references, MsoNormal paragraphs, WordSection divs, layout header table."""
import pathlib

def entities(s):
    out = []
    for ch in s:
        try:
            ch.encode('cp1252'); out.append(ch)
        except UnicodeEncodeError:
            out.append('&#%d;' % ord(ch))
    return ''.join(out)

HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Văn phòng</o:Author>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
p.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Times New Roman",serif;}
div.WordSection1 {page:WordSection1;}
-->
</style>
</head>
<body lang=EN-US style='tab-interval:36.0pt'>
'''

BODY = '''<div class=WordSection1>
<table class=MsoTableGrid border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
 <tr>
  <td width=300 valign=top style='width:225pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:13.0pt'>ỦY BAN NHÂN DÂN<o:p></o:p></span></b></p>
  <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:13.0pt'>XÃ AN PHÚ<o:p></o:p></span></b></p>
  <p class=MsoNormal align=center style='text-align:center'><span style='font-size:13.0pt'>Số: 45/KH-UBND<o:p></o:p></span></p>
  </td>
  <td width=350 valign=top style='width:262pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:12.0pt'>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<o:p></o:p></span></b></p>
  <p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:13.0pt'>Độc lập - Tự do - Hạnh phúc<o:p></o:p></span></b></p>
  <p class=MsoNormal align=center style='text-align:center'><i><span style='font-size:13.0pt'>An Phú, ngày 05 tháng 01 năm 2025<o:p></o:p></span></i></p>
  </td>
 </tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:14.0pt'>KẾ HOẠCH<o:p></o:p></span></b></p>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:14.0pt'>Phòng, chống thiên tai năm 2025<o:p></o:p></span></b></p>
<p class=MsoNormal style='text-align:justify;text-indent:36.0pt'><span style='font-size:14.0pt'>Thực hiện Chỉ thị số 10/CT-UBND ngày 20/12/2024 của Ủy ban nhân dân huyện về công tác phòng, chống thiên tai; Ủy ban nhân dân xã ban hành Kế hoạch như sau:<o:p></o:p></span></p>
<p class=MsoNormal style='text-align:justify;text-indent:36.0pt'><b><span style='font-size:14.0pt'>I. MỤC ĐÍCH, YÊU CẦU<o:p></o:p></span></b></p>
<p class=MsoListParagraph style='text-indent:36.0pt'><span style='font-size:14.0pt'>- Chủ động phòng ngừa, ứng phó kịp thời, khắc phục khẩn trương hậu quả do thiên tai gây ra.<o:p></o:p></span></p>
<p class=MsoListParagraph style='text-indent:36.0pt'><span style='font-size:14.0pt'>- Nâng cao nhận thức của người dân về “phòng là chính”.<o:p></o:p></span></p>
<p class=MsoNormal style='text-align:justify;text-indent:36.0pt'><b><span style='font-size:14.0pt'>II. NHIỆM VỤ CỤ THỂ<o:p></o:p></span></b></p>
</div>
<span style='font-size:14.0pt'><br clear=all style='page-break-before:always;mso-break-type:section-break'></span>
<div class=WordSection2>
<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
 <tr>
  <td><p class=MsoNormal align=center style='text-align:center'><b>TT<o:p></o:p></b></p></td>
  <td><p class=MsoNormal align=center style='text-align:center'><b>Nội dung<o:p></o:p></b></p></td>
  <td><p class=MsoNormal align=center style='text-align:center'><b>Đơn vị thực hiện<o:p></o:p></b></p></td>
  <td><p class=MsoNormal align=center style='text-align:center'><b>Thời gian<o:p></o:p></b></p></td>
 </tr>
 <tr>
  <td><p class=MsoNormal align=center>1</p></td>
  <td><p class=MsoNormal>Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã</p></td>
  <td><p class=MsoNormal>Văn phòng UBND xã</p></td>
  <td><p class=MsoNormal>Tháng 01/2025</p></td>
 </tr>
 <tr>
  <td><p class=MsoNormal align=center>2</p></td>
  <td><p class=MsoNormal>Rà soát các hộ dân sống ở vùng có nguy cơ sạt lở</p></td>
  <td rowspan=2><p class=MsoNormal>Công an xã;</p><p class=MsoNormal>Ban Chỉ huy Quân sự xã</p></td>
  <td><p class=MsoNormal>Trước ngày 30/4/2025</p></td>
 </tr>
 <tr>
  <td><p class=MsoNormal align=center>3</p></td>
  <td><p class=MsoNormal>Tổ chức diễn tập ứng phó bão lũ</p></td>
  <td><p class=MsoNormal>Quý III/2025</p></td>
 </tr>
</table>
<p class=MsoNormal>&nbsp;</p>
</div>
</body>
</html>
'''

out = pathlib.Path(__file__).resolve().parent.parent / 'Tests/PlanXTests/Fixtures/html/word-save-as-web-page.htm'
out.write_bytes(entities(HEAD + BODY).encode('cp1252'))
print(out)
