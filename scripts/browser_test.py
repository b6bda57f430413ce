#!/usr/bin/env python3
"""The browser journeys, in headless Chromium driven by selenium.

First (issue 4): a reporter signs in, fills and submits the month's report
with an attachment; the supervisor returns it with a comment; the reporter
corrects and resubmits; the supervisor accepts it; the dashboard shows the
change. Screenshots of the dashboard, a project page and the report form.

Second, on a demo of its own (so that the first journey's September report
does not change who the bulletin names): the supervisor drafts September's
bulletin, edits its opening, issues it; a reporting unit reads it and its read
receipt shows; the comparison with August and the third quarter's review
open. Screenshots of the draft, the issued bulletin (full page and at phone
width), the comparison and the quarter. All go to out/screenshots/.

Third, on a demo of its own: the supervisor opens 跟踪督办, moves the demo
clock on a month, presses 养老服务处 from its unit page, calls a dispatch
meeting (its agenda proposed) and records a decision for 养老服务处, whose
reporter finds it on the to-do list and reports it done. Screenshots of the
ladder, the unit page and the meeting.

Usage: scripts/browser_test.py LUOSHI_BINARY
Each journey starts `luoshi serve --demo` on a free loopback port with a temporary
database and stops it (by its process id) at the end, whatever happens
(scripts/demo_server.py).
"""
import os
import re
import sys
from contextlib import contextmanager

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import WebDriverWait

from demo_server import DemoServer

PASSWORD = "browser-journey-2019"
SHOTS = os.path.join("out", "screenshots")


def check(condition, what):
    if not condition:
        raise AssertionError(what)
    print(f"  ok  {what}")


class Journey:
    def __init__(self, base, driver):
        self.base, self.driver = base, driver

    def click(self, element):
        """Clicks and waits until the next page has replaced this one: a mark
        set on this page's window is gone once a new document has loaded."""
        self.driver.execute_script("window.luoshiOldPage = true")
        element.click()

        def replaced(driver):
            try:
                return driver.execute_script(
                    "return window.luoshiOldPage === undefined && document.readyState === 'complete'")
            except WebDriverException:
                return False  # between documents
        WebDriverWait(self.driver, 30).until(replaced)

    def open(self, path):
        self.driver.get(self.base + path)

    def sign_in(self, login):
        self.driver.delete_all_cookies()
        self.open("/signin")
        self.driver.find_element(By.NAME, "login").send_keys(login)
        self.driver.find_element(By.NAME, "password").send_keys(PASSWORD)
        self.click(self.driver.find_element(By.CSS_SELECTOR, "form[action='/signin'] button[type=submit]"))
        if "/signin" in self.driver.current_url:
            self.shot(f"failed-signin-{login}.png")
            print(self.text())
        check("/signin" not in self.driver.current_url, f"{login} signed in")

    def text(self):
        return self.driver.find_element(By.TAG_NAME, "body").text

    def shot(self, name, full_height=True, width=1280):
        """Saves a screenshot, by default of the whole page: the window is made
        as tall as the page (measured at that width) for the picture."""
        if full_height:
            self.driver.set_window_size(width, 900)
            height, chrome = self.driver.execute_script(
                "return [document.documentElement.scrollHeight, window.outerHeight - window.innerHeight]")
            self.driver.set_window_size(width, min(max(height + chrome, 900), 12000))
        path = os.path.join(SHOTS, name)
        self.driver.save_screenshot(path)
        self.driver.set_window_size(1280, 900)
        print(f"  saved {path}")

    def fill_report(self, progress_suffix):
        for area in self.driver.find_elements(By.CSS_SELECTOR, "textarea[name$='_progress']"):
            area.clear()
            area.send_keys("本月完成地名标识清理排查，整改问题路牌" + progress_suffix)
        for box in self.driver.find_elements(By.CSS_SELECTOR, "input[name$='_completion']"):
            box.clear()
            box.send_keys("70")

    def submit(self):
        self.click(self.driver.find_element(By.CSS_SELECTOR, "button[name=action][value=submit]"))


def main():
    binary = sys.argv[1]
    os.makedirs(SHOTS, exist_ok=True)
    with DemoServer(binary, PASSWORD, prefix="luoshi-browser-") as server:
        journey(server.base, server.work)
    with DemoServer(binary, PASSWORD, prefix="luoshi-browser-") as server:
        bulletin_journey(server.base)
    with DemoServer(binary, PASSWORD, prefix="luoshi-browser-") as server:
        supervision_journey(server.base)
    print("browser journeys passed")


def chromium():
    options = Options()
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN"]:
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


@contextmanager
def browsing(base):
    """A journey in a fresh Chromium, quit afterwards whatever happens."""
    driver = chromium()
    try:
        yield Journey(base, driver), driver
    finally:
        driver.quit()


def journey(base, work):
    with browsing(base) as (j, driver):
        pdf = os.path.join(work, "整改材料.pdf")
        with open(pdf, "wb") as f:
            f.write(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")

        print("reporter: the September report of 区划地名处")
        j.sign_in("quhua")
        j.open("/")
        missing = driver.find_element(By.XPATH, "//h2[contains(., '本月尚未报送的单位')]/following-sibling::ul[1]").text
        check("区划地名处" in missing, "the dashboard lists 区划地名处 as not yet reported")
        j.open("/report")
        j.shot("report-form.png")
        j.fill_report("。")
        driver.find_element(By.CSS_SELECTOR, "input[type=file][name^='p']").send_keys(pdf)
        j.submit()
        check("已提交" in j.text(), "the report is submitted")
        check("整改材料.pdf" in j.text(), "the attachment is listed")

        print("supervisor: return it with a comment")
        j.sign_in("guihua")
        j.open("/review")
        j.click(driver.find_element(By.XPATH, "//a[contains(., '区划地名处')]"))
        driver.find_element(By.NAME, "comment").send_keys("请补充路牌整改的具体数量。")
        j.click(driver.find_element(By.CSS_SELECTOR, "button[name=action][value=return]"))

        print("reporter: correct and resubmit")
        j.sign_in("quhua")
        j.open("/report")
        check("请补充路牌整改的具体数量。" in j.text(), "the unit sees the reviewer's comment")
        j.fill_report("共计326块。")
        j.submit()
        check("已提交" in j.text(), "the corrected report is submitted")

        print("supervisor: accept; the dashboard shows it")
        j.sign_in("guihua")
        j.open("/review")
        j.click(driver.find_element(By.XPATH, "//a[contains(., '区划地名处')]"))
        check("共计326块" in j.text(), "the supervisor reads the corrected text")
        j.click(driver.find_element(By.CSS_SELECTOR, "button[name=action][value=accept]"))
        j.open("/")
        missing = driver.find_element(By.XPATH, "//h2[contains(., '本月尚未报送的单位')]/following-sibling::ul[1]").text
        check("区划地名处" not in missing, "区划地名处 has left the not-reported list")
        j.shot("dashboard.png")
        j.open("/projects/1")
        check("签约部署" in j.text(), "project 1 shows its phases")
        j.shot("project.png")

        print("finance: a spending with its voucher on project 3's budget")
        j.sign_in("caiwu")
        j.open("/projects/3/budget")
        driver.find_element(By.CSS_SELECTOR, "#spendingForm input[name=amount]").send_keys("1,234.56")
        driver.find_element(By.CSS_SELECTOR, "#spendingForm input[name=date]").send_keys("09/20/2019")
        driver.find_element(By.CSS_SELECTOR, "#spendingForm input[name=description]").send_keys("平台运维费")
        driver.find_element(By.CSS_SELECTOR, "#spendingForm input[name=voucher]").send_keys(pdf)
        j.click(driver.find_element(By.CSS_SELECTOR, "#spendingForm button[type=submit]"))
        check("已保存" in j.text(), "the spending is saved")
        check("平台运维费" in j.text() and "1,234.56" in j.text(), "the spending is listed with its amount")
        check("整改材料.pdf" in j.text(), "the voucher is listed")
        j.shot("budget.png")
        j.open("/projects/3")
        check("预算执行率" in j.text(), "the project page shows the execution rate")
        driver.set_window_size(390, 844)
        j.open("/")
        j.shot("dashboard-phone.png", full_height=False)
        print("reporting journey passed")


def bulletin_journey(base):
    with browsing(base) as (j, driver):
        print("supervisor: draft September's bulletin")
        j.sign_in("guihua")
        j.open("/")
        j.click(driver.find_element(By.CSS_SELECTOR, "nav.main a[href='/bulletins']"))
        check("武民改办通报〔2019〕4号" in j.text(), "通报考核 lists August's bulletin as issued")
        form = driver.find_element(By.CSS_SELECTOR, "form[action='/bulletins']")
        form.find_element(By.CSS_SELECTOR, "select[name=month] option[value='2019-09']").click()
        j.click(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        found = re.search(r"/bulletins/(\d+)$", driver.current_url)
        check(found is not None, f"the draft opens at {driver.current_url}")
        path = found.group(0)
        sheet = driver.find_element(By.CSS_SELECTOR, "article.official").text
        check("草稿" in sheet and "2019年9月" in sheet, "the draft reads as September's, unnumbered")
        check("市低保中心（9月27日报送）" in sheet, "the draft names 市低保中心 as late (9月27日报送)")
        missing = [line for line in sheet.splitlines() if "仍未报送" in line]
        check(missing and "区划地名处" in missing[0].split("仍未报送", 1)[1],
              "the draft names 区划地名处 as not reported")

        print("supervisor: edit the opening, save, issue on 2019-10-08")
        added = "请各单位于10月15日前将整改情况书面报规划发展处。"
        opening = driver.find_element(By.CSS_SELECTOR, "textarea[name=opening]")
        opening.send_keys("\n" + added)
        j.shot("bulletin-draft.png")
        j.click(driver.find_element(By.CSS_SELECTOR, f"form[action='{path}'] button[type=submit]:not([formaction])"))
        check(added in driver.find_element(By.CSS_SELECTOR, "article.official").text, "the saved opening reads in the draft")
        # Issuing is a button of the edit form itself, so that words typed and not yet saved go out too.
        date = driver.find_element(By.CSS_SELECTOR, f"form[action='{path}'] input[name=date]")
        driver.execute_script("arguments[0].value = '2019-10-08'", date)  # a date field's typing follows the locale
        j.click(driver.find_element(By.CSS_SELECTOR, f"form[action='{path}'] button[formaction='{path}/issue']"))
        check("武民改办通报〔2019〕5号" in j.text(), "the bulletin is issued as 武民改办通报〔2019〕5号")
        sheet = driver.find_element(By.CSS_SELECTOR, "article.official").text
        check("2019年10月8日" in sheet and added in sheet, "the issued text carries its date and the added sentence")
        check(not driver.find_elements(By.CSS_SELECTOR, "textarea[name=opening]"), "the issued bulletin has no edit form")
        check(driver.find_elements(By.CSS_SELECTOR, f"a[href='{path}/docx']"), "the DOCX link is there")
        check("养老服务处" in receipt(driver), "the receipts list 养老服务处")
        check("未读" in receipt(driver), "养老服务处 has not read it yet")

        print("reporter of 养老服务处: read it")
        j.sign_in("yanglao")
        j.open("/bulletins")
        j.click(driver.find_element(By.XPATH, "//a[contains(., '2019年9月')]"))
        check(driver.current_url.endswith(path) and added in j.text(), "yanglao reads the issued bulletin")

        print("supervisor: the read receipt, the comparison, the quarter")
        j.sign_in("guihua")
        j.open(path)
        row = receipt(driver)
        check("未读" not in row and re.search(r"\d{1,2}:\d{2}", row) and "yanglao" in row,
              f"养老服务处's receipt shows a time and its reader ({row})")
        j.shot("bulletin-issued.png")
        j.click(driver.find_element(By.CSS_SELECTOR, f"a[href='{path}/compare']"))
        check("通报对比" in j.text() and "武民改办通报〔2019〕4号" in j.text(), "the comparison with August opens")
        j.shot("bulletin-compare.png")
        j.open("/quarters?q=3")
        check("第三季度" in j.text() and "本季度到期的实施步骤" in j.text(), "the third quarter's review opens")
        j.shot("quarter.png")
        driver.set_window_size(390, 844)
        j.open(path)
        overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        check(overflow <= 0, "at phone width the page does not scroll sideways (wide tables scroll in their frame)")
        j.shot("bulletin-phone.png", width=390)
        print("bulletin journey passed")


def supervision_journey(base):
    with browsing(base) as (j, driver):
        print("supervisor: the ladder, the demo clock, a 催办")
        j.sign_in("guihua")
        j.open("/")
        j.click(driver.find_element(By.CSS_SELECTOR, "nav.main a[href='/ladder']"))
        check("区划地名处" in j.text() and "按规则应" in j.text(), "跟踪督办 lists the units with a step due")
        j.shot("ladder.png")
        clock = driver.find_element(By.CSS_SELECTOR, "form.clock")
        j.click(clock.find_element(By.CSS_SELECTOR, "button[value='30']"))
        check("2019-10-30" in driver.find_element(By.CSS_SELECTOR, ".asof").text, "the demo clock moved on to 2019-10-30")
        check(driver.current_url.endswith("/ladder"), "and came back to the ladder")
        j.open("/directory")
        j.click(driver.find_element(By.XPATH, "//a[normalize-space()='养老服务处']"))
        check("2019年10月进展报送" in j.text() and "按规则应" in j.text(), "养老服务处 owes October's report and is due a step")
        form = driver.find_element(By.CSS_SELECTOR, "form[action$='/escalations']")
        form.find_element(By.NAME, "summary").send_keys("10月进展逾期未报送，请于11月1日前补报")
        form.find_element(By.NAME, "by").send_keys("规划发展处")
        j.click(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        check("10月进展逾期未报送，请于11月1日前补报" in driver.find_element(By.CSS_SELECTOR, "ol.timeline").text,
              "the 催办 is on the unit's record")
        j.shot("unit.png")

        print("supervisor: call a dispatch meeting, record a decision")
        j.open("/meetings")
        form = driver.find_element(By.CSS_SELECTOR, "form[action='/meetings']")
        check("调度项目" in form.find_element(By.NAME, "agenda").get_attribute("value"), "the agenda comes proposed from what lags")
        form.find_element(By.NAME, "title").send_keys("2019年第四季度改革工作调度会")
        j.click(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        found = re.search(r"/meetings/(\d+)$", driver.current_url)
        check(found is not None, f"the meeting opens at {driver.current_url}")
        form = driver.find_element(By.CSS_SELECTOR, "form[action$='/actions']")
        form.find_element(By.NAME, "title").send_keys("11月15日前补报10月进展并说明逾期原因")
        form.find_element(By.CSS_SELECTOR, "select[name=unit] option[value='养老服务处']").click()
        j.click(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        check("11月15日前补报10月进展并说明逾期原因" in driver.find_element(By.CSS_SELECTOR, "table.action-list").text,
              "the decision is listed with its unit")
        j.shot("meeting.png")

        print("reporter of 养老服务处: the decision is on the to-do list; report it done")
        j.sign_in("yanglao")
        j.open("/todo")
        check("办理会议决定事项：11月15日前补报10月进展并说明逾期原因" in j.text(), "the decision is on 养老服务处's to-do list")
        j.open(found.group(0))
        row = driver.find_element(By.CSS_SELECTOR, "table.action-list form[action$='/report']")
        row.find_element(By.NAME, "text").send_keys("已于11月5日补报，逾期原因已书面说明")
        j.click(row.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        check("已报办结，待销号" in j.text(), "reported done, waiting for the office")
        print("supervision journey passed")


def receipt(driver, unit="养老服务处"):
    """The read-receipt row of a unit on an issued document's page."""
    return driver.find_element(By.XPATH, f"//section[contains(@class, 'panel')]//tr[td[1][normalize-space()='{unit}']]").text


if __name__ == "__main__":
    main()
