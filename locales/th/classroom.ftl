# Waymark — classroom mode (Thai). Machine-drafted; awaiting native-speaker review.
# Every message id mirrors locales/en/classroom.ftl exactly.

classroom-title = โหมดห้องเรียน
classroom-intro = สอนบทเรียนหนึ่งบทกับนักเรียนทั้งชั้นบนเครื่องนี้หรือบนจอโปรเจกเตอร์ ได้แก่ แบบทดสอบก่อนเรียน ตัวบทเรียน การอภิปราย แบบทดสอบเดิมอีกครั้ง และสิ่งที่ชั้นเรียนได้เรียนรู้ หากต้องการ คุณนับจำนวนคนที่ยกมือในแต่ละคำตอบได้
classroom-privacy = โหมดห้องเรียนไม่เก็บข้อมูลใด ๆ เกี่ยวกับนักเรียน ไม่มีชื่อ ไม่มีคำตอบ ไม่มีผลคะแนน เก็บไว้เพียงจำนวนมือที่ยกบนหน้าจอนี้ และจะหายไปเมื่อจบการสอน
classroom-outline-pre = ก่อนเรียน: คำถามแบบทดสอบ { $count } ข้อสำหรับทั้งชั้น
classroom-outline-lesson = บทเรียน: { $count } ส่วน
classroom-outline-discussion = การอภิปราย: คำถาม { $count } ข้อ พร้อมบันทึกสำหรับครู
classroom-outline-post = หลังเรียน: คำถาม { $count } ข้อเดิมอีกครั้ง
classroom-outline-summary = สิ่งที่ชั้นเรียนได้เรียนรู้: คำตอบที่ถูกก่อนและหลังเรียน
classroom-start = เริ่มการสอน
classroom-step-pre = ก่อนเรียน
classroom-step-lesson = บทเรียน
classroom-step-discussion = การอภิปราย
classroom-step-post = หลังเรียน
classroom-step-summary = สิ่งที่ชั้นเรียนได้เรียนรู้
classroom-progress = ขั้นที่ { $number } จาก { $total }
classroom-next = ถัดไป
classroom-reveal = แสดงคำตอบ
classroom-back = ย้อนกลับ
classroom-end = จบการสอน
classroom-tally-hint = ไม่บังคับ: ให้นักเรียนยกมือเลือกคำตอบ แล้วกดเพิ่มหนึ่งครั้งต่อหนึ่งมือ เก็บไว้เพียงจำนวนเท่านั้น
classroom-tally-closed = ปิดการนับของคำถามนี้แล้ว
classroom-hands = { $count ->
    [0] ยังไม่ได้นับมือ
   *[other] นับได้ { $count } มือ
}
classroom-add = +1
classroom-remove = −1
classroom-option-count = { $count } · { $percent }%
classroom-answer-title = คำตอบที่ถูก
classroom-summary-title = สิ่งที่ชั้นเรียนได้เรียนรู้
classroom-summary-intro = สัดส่วนของมือที่ยกเลือกคำตอบที่ถูก ก่อนและหลังเรียน ตัวเลขนี้เป็นของทั้งชั้น ไม่ใช่คะแนนของใครคนใดคนหนึ่ง
classroom-summary-pre = ก่อนเรียน: ถูก { $right } จาก { $hands } ({ $percent }%)
classroom-summary-pre-none = ก่อนเรียน: ไม่ได้นับ
classroom-summary-post = หลังเรียน: ถูก { $right } จาก { $hands } ({ $percent }%)
classroom-summary-post-none = หลังเรียน: ไม่ได้นับ
classroom-summary-overall = ทุกข้อ
classroom-summary-change = คำตอบที่ถูกเพิ่มจาก { $before }% ก่อนเรียน เป็น { $after }% หลังเรียน
classroom-summary-change-none = นับมือทั้งก่อนและหลังเรียนเพื่อเปรียบเทียบกัน
