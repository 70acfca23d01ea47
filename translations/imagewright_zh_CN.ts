<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiError</name>
    <message>
        <source>Could not connect to the cloud. Check the address and your network.</source>
        <translation>无法连接到云端。请检查地址和网络。</translation>
    </message>
    <message>
        <source>The connection was lost before the cloud answered. The request may or may not have been carried out.</source>
        <translation>云端响应之前连接已断开。请求可能已执行，也可能未执行。</translation>
    </message>
    <message>
        <source>The cloud did not answer in time. The request may or may not have been carried out.</source>
        <translation>云端未在规定时间内响应。请求可能已执行，也可能未执行。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>User, password or project not accepted.</source>
        <translation>用户、密码或项目未被接受。</translation>
    </message>
    <message>
        <source>The cloud redirected the request; redirects are not followed for API calls.</source>
        <translation>云端重定向了请求；API调用不会跟随重定向。</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate was not accepted.</source>
        <translation>安全连接失败：未接受云服务器证书。</translation>
    </message>
    <message>
        <source>The cloud sent an answer that could not be understood.</source>
        <translation>云端返回了无法解析的响应。</translation>
    </message>
    <message>
        <source>The cloud profile is incomplete: %1</source>
        <translation>云配置文件不完整：%1</translation>
    </message>
    <message>
        <source>You do not have the rights to perform this operation (HTTP 403).</source>
        <translation>您无权执行此操作（HTTP 403）。</translation>
    </message>
    <message>
        <source>The requested resource was not found (HTTP 404).</source>
        <translation>未找到请求的资源（HTTP 404）。</translation>
    </message>
    <message>
        <source>The cloud refused the request because of a conflict (HTTP 409).</source>
        <translation>由于存在冲突，云端拒绝了请求（HTTP 409）。</translation>
    </message>
    <message>
        <source>The cloud is limiting requests (HTTP 429). Try again later.</source>
        <translation>云端正在限制请求（HTTP 429）。请稍后重试。</translation>
    </message>
    <message>
        <source>The cloud reported an internal error (HTTP %1).</source>
        <extracomment>%1 = HTTP status code</extracomment>
        <translation>云端报告了内部错误（HTTP %1）。</translation>
    </message>
    <message>
        <source>The cloud refused the request (HTTP %1).</source>
        <extracomment>%1 = HTTP status code</extracomment>
        <translation>云端拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>%1 = sentence from the app, %2 = the cloud&apos;s error code, %3 = the cloud&apos;s message</extracomment>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 = sentence from the app, %2 = the cloud&apos;s own message, verbatim</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Creates private server images on Huawei Cloud IMS and OpenStack and follows their jobs to the end.</source>
        <translation>在华为云IMS和OpenStack上创建云服务器私有镜像，并跟踪其任务直至结束。</translation>
    </message>
    <message>
        <source>User interface language for this run: %1.</source>
        <extracomment>Command line help. %1 = the language codes</extracomment>
        <translation>本次运行使用的界面语言：%1。</translation>
    </message>
    <message>
        <source>language</source>
        <comment>command line value name</comment>
        <translation>语言</translation>
    </message>
    <message>
        <source>Render a view offscreen against the demo cloud, save it as a PNG file and exit.</source>
        <translation>使用演示云在屏幕外渲染视图，保存为PNG文件后退出。</translation>
    </message>
    <message>
        <source>file</source>
        <comment>command line value name</comment>
        <translation>文件</translation>
    </message>
    <message>
        <source>The view to show: %1.</source>
        <extracomment>Command line help. %1 = the view names</extracomment>
        <translation>要显示的视图：%1。</translation>
    </message>
    <message>
        <source>view</source>
        <comment>command line value name</comment>
        <translation>视图</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <extracomment>%1 = the unexpected argument</extracomment>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>Unknown language “%1”. Available: %2</source>
        <extracomment>%1 = the value given, %2 = the list of language codes</extracomment>
        <translation>未知语言“%1”。可用语言：%2</translation>
    </message>
    <message>
        <source>Unknown view “%1”. Available: %2</source>
        <extracomment>%1 = the value given, %2 = the list of views</extracomment>
        <translation>未知视图“%1”。可用视图：%2</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot需要指定文件名。</translation>
    </message>
</context>
<context>
    <name>CloudProfile</name>
    <message>
        <source>Demo cloud (local)</source>
        <translation>演示云（本地）</translation>
    </message>
    <message>
        <source>Huawei Cloud</source>
        <translation>华为云</translation>
    </message>
    <message>
        <source>Open Telekom Cloud</source>
        <translation>Open Telekom Cloud</translation>
    </message>
    <message>
        <source>FUJITSU FJcloud-O</source>
        <translation>FUJITSU FJcloud-O</translation>
    </message>
    <message>
        <source>OpenStack</source>
        <translation>OpenStack</translation>
    </message>
</context>
<context>
    <name>CreateImageWizard</name>
    <message>
        <source>Create Image</source>
        <translation>创建镜像</translation>
    </message>
</context>
<context>
    <name>CreationMethods</name>
    <message>
        <source>System disk image from an ECS</source>
        <translation>从ECS创建系统盘镜像</translation>
    </message>
    <message>
        <source>Data disk images from an ECS&apos;s data disks</source>
        <translation>从ECS的数据盘创建数据盘镜像</translation>
    </message>
    <message>
        <source>Image from an external image file in an OBS bucket</source>
        <translation>从OBS桶中的外部镜像文件创建镜像</translation>
    </message>
    <message>
        <source>System disk image from a data disk</source>
        <translation>从数据盘创建系统盘镜像</translation>
    </message>
    <message>
        <source>Image of a server (Nova createImage)</source>
        <translation>创建云服务器的镜像（Nova createImage）</translation>
    </message>
    <message>
        <source>Image from a volume (Cinder upload to image)</source>
        <translation>从云硬盘创建镜像（Cinder：上传到镜像）</translation>
    </message>
    <message>
        <source>Create image metadata and upload an image file (Glance)</source>
        <translation>创建镜像元数据并上传镜像文件（Glance）</translation>
    </message>
    <message>
        <source>IMS makes a private image of the ECS&apos;s system disk. Stop the ECS first for a consistent image.</source>
        <translation>IMS将ECS的系统盘制作为私有镜像。为保证镜像的一致性，请先将ECS关机。</translation>
    </message>
    <message>
        <source>IMS makes one data disk image from each selected data disk of an ECS.</source>
        <translation>IMS为ECS的每个所选数据盘各创建一个数据盘镜像。</translation>
    </message>
    <message>
        <source>IMS imports an external image file that you uploaded to an OBS bucket.</source>
        <translation>IMS导入您已上传到OBS桶的外部镜像文件。</translation>
    </message>
    <message>
        <source>IMS makes a system disk image from a data disk that holds an installed OS.</source>
        <translation>IMS从已安装操作系统的数据盘创建系统盘镜像。</translation>
    </message>
    <message>
        <source>The compute service snapshots a server into a new image.</source>
        <translation>计算服务为云服务器创建快照，生成新镜像。</translation>
    </message>
    <message>
        <source>The block storage service copies a volume into a new image.</source>
        <translation>块存储服务将云硬盘复制为新镜像。</translation>
    </message>
    <message>
        <source>Creates the image metadata, then uploads a local image file.</source>
        <translation>先创建镜像元数据，再上传本地镜像文件。</translation>
    </message>
</context>
<context>
    <name>DemoCloudLauncher</name>
    <message>
        <source>The demo cloud could not be started (%1).</source>
        <extracomment>%1 = path of the demo cloud program</extracomment>
        <translation>无法启动演示云（%1）。</translation>
    </message>
    <message>
        <source>The demo cloud did not start in time.</source>
        <translation>演示云未能及时启动。</translation>
    </message>
    <message>
        <source>The demo cloud printed an unexpected first line.</source>
        <translation>演示云输出了意外的首行内容。</translation>
    </message>
    <message>
        <source>The demo cloud stopped unexpectedly.</source>
        <translation>演示云意外停止。</translation>
    </message>
    <message>
        <source>The demo cloud could not start (exit code %1).</source>
        <extracomment>%1 = exit code</extracomment>
        <translation>演示云无法启动（退出代码%1）。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Imagewright</source>
        <translation>欢迎使用Imagewright</translation>
    </message>
    <message>
        <source>There is no cloud profile yet. The demo cloud runs on this computer and answers like Huawei Cloud IMS and OpenStack Nova, Cinder and Glance. It makes no real images and needs no account.</source>
        <translation>尚无云配置文件。演示云在本机运行，其响应方式与华为云IMS以及OpenStack Nova、Cinder和Glance相同。它不会创建真实的镜像，也无需账号。</translation>
    </message>
    <message>
        <source>Demo cloud (local)</source>
        <translation>演示云（本地）</translation>
    </message>
    <message>
        <source>Start the bundled demo cloud and try every step with it.</source>
        <translation>启动内置的演示云，用它体验每个步骤。</translation>
    </message>
    <message>
        <source>Profiles for real clouds (Huawei Cloud, Open Telekom Cloud, FJcloud-O, OpenStack) come with the profile editor.</source>
        <translation>真实云平台（华为云、Open Telekom Cloud、FJcloud-O、OpenStack）的配置文件将随配置文件编辑器一同提供。</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>ImageRules</name>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters (now %2).</source>
        <extracomment>%1 = maximum number of characters, %2 = current number</extracomment>
        <translation>名称最多%1个字符（当前%2个）。</translation>
    </message>
    <message>
        <source>The name cannot start or end with a space.</source>
        <translation>名称不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>The name can contain only letters (A–Z, a–z), digits, hyphens (-), periods (.), underscores (_) and spaces; &quot;%1&quot; is not allowed.</source>
        <extracomment>%1 = the character that is not allowed</extracomment>
        <translation>名称只能包含字母（A–Z、a–z）、数字、连字符（-）、句点（.）、下划线（_）和空格；不允许使用“%1”。</translation>
    </message>
    <message>
        <source>The description can have at most %1 characters (now %2).</source>
        <extracomment>%1 = maximum number of characters, %2 = current number</extracomment>
        <translation>描述最多%1个字符（当前%2个）。</translation>
    </message>
    <message>
        <source>The description cannot contain line breaks.</source>
        <translation>描述不能包含换行符。</translation>
    </message>
    <message>
        <source>The description cannot contain angle brackets (&lt; &gt;).</source>
        <translation>描述不能包含尖括号（&lt; &gt;）。</translation>
    </message>
    <message>
        <source>Enter a tag key.</source>
        <translation>请输入标签键。</translation>
    </message>
    <message>
        <source>A tag key can have at most %1 characters.</source>
        <extracomment>%1 = maximum number of characters</extracomment>
        <translation>标签键最多%1个字符。</translation>
    </message>
    <message>
        <source>A tag key cannot contain &quot;.&quot; or &quot;=&quot;.</source>
        <translation>标签键不能包含“.”或“=”。</translation>
    </message>
    <message>
        <source>A tag value can have at most %1 characters.</source>
        <extracomment>%1 = maximum number of characters</extracomment>
        <translation>标签值最多%1个字符。</translation>
    </message>
    <message>
        <source>Memory sizes cannot be negative.</source>
        <translation>内存大小不能为负数。</translation>
    </message>
    <message>
        <source>The maximum memory must be at least the minimum memory.</source>
        <translation>最大内存不能小于最小内存。</translation>
    </message>
    <message>
        <source>Each tag key can be used only once.</source>
        <translation>每个标签键只能使用一次。</translation>
    </message>
</context>
<context>
    <name>ImsEcsPage</name>
    <message>
        <source>System Disk Image from an ECS</source>
        <translation>从ECS创建系统盘镜像</translation>
    </message>
    <message>
        <source>IMS makes a private image of the ECS&apos;s system disk. Name and description follow the Image Management Service rules.</source>
        <translation>IMS将ECS的系统盘制作为私有镜像。名称和描述须遵循镜像服务（IMS）的规则。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <comment>image name</comment>
        <translation>镜像名称(&amp;N)：</translation>
    </message>
    <message>
        <source>1–128 letters, digits, spaces, - . _</source>
        <translation>1–128个字母、数字、空格、- . _</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>placeholder of an optional field</comment>
        <translation>可选</translation>
    </message>
    <message>
        <source>M&amp;inimum memory (MB):</source>
        <translation>最小内存 (MB)(&amp;I)：</translation>
    </message>
    <message>
        <source>Ma&amp;ximum memory (MB):</source>
        <translation>最大内存 (MB)(&amp;X)：</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>memory limit left out of the request</comment>
        <translation>未设置</translation>
    </message>
    <message>
        <source>&amp;Enterprise project ID:</source>
        <translation>企业项目ID(&amp;E)：</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>group box title</comment>
        <translation>标签</translation>
    </message>
    <message>
        <source>ECS</source>
        <comment>group box title: the server the image is made from</comment>
        <translation>ECS</translation>
    </message>
</context>
<context>
    <name>ImsEcsRequest</name>
    <message>
        <source>Choose the ECS to make the image from.</source>
        <translation>请选择用于创建镜像的ECS。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>“%1”必须为字符串。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>“%1”必须为整数。</translation>
    </message>
    <message>
        <source>Use either tags or image_tags, not both.</source>
        <translation>标签请使用tags或image_tags之一，不能同时使用。</translation>
    </message>
    <message>
        <source>data_images belongs to the data disk image method, not to this one.</source>
        <translation>data_images属于数据盘镜像的创建方式，不适用于此方式。</translation>
    </message>
</context>
<context>
    <name>JobDetailsPane</name>
    <message>
        <source>Select an image job to see its details.</source>
        <translation>选择一个镜像任务以查看其详细信息。</translation>
    </message>
    <message>
        <source>Image name:</source>
        <translation>镜像名称：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>创建方式：</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>云平台：</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>job status</comment>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>进度：</translation>
    </message>
    <message>
        <source>Job ID:</source>
        <translation>任务ID：</translation>
    </message>
    <message>
        <source>Marker tag:</source>
        <translation>标记标签：</translation>
    </message>
    <message>
        <source>Created at:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Finished at:</source>
        <translation>完成时间：</translation>
    </message>
    <message>
        <source>Image ID:</source>
        <translation>镜像ID：</translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation>错误码：</translation>
    </message>
    <message>
        <source>Failure reason:</source>
        <translation>失败原因：</translation>
    </message>
    <message>
        <source>Timeline</source>
        <comment>tab</comment>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Last response</source>
        <translation>最近一次响应</translation>
    </message>
    <message>
        <source>Time</source>
        <comment>timeline column</comment>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <comment>timeline column</comment>
        <translation>事件</translation>
    </message>
    <message>
        <source>%1 (cloud: %2)</source>
        <extracomment>Job status in the details pane. %1 = our status, %2 = the cloud&apos;s raw status (RUNNING, FAIL, ...)</extracomment>
        <translation>%1（云端：%2）</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>Progress as a percentage. %1 = the number</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (task: %2)</source>
        <extracomment>%1 = percentage text (may be empty), %2 = the cloud&apos;s current task name, verbatim</extracomment>
        <translation>%1（步骤：%2）</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copy an image ID to the clipboard</comment>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the image ID to the clipboard</source>
        <translation>将镜像ID复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>JobMonitor</name>
    <message>
        <source>The app stopped before the cloud answered the create request; it may or may not have been carried out.</source>
        <translation>应用在云端响应创建请求之前已停止；该请求可能已执行，也可能未执行。</translation>
    </message>
    <message>
        <source>Create request being sent</source>
        <translation>正在发送创建请求</translation>
    </message>
    <message>
        <source>the job history could not be saved (%1), so nothing was sent</source>
        <extracomment>%1 = file system error</extracomment>
        <translation>无法保存任务历史记录（%1），因此未发送任何内容</translation>
    </message>
    <message>
        <source>Accepted by the cloud as job %1</source>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <translation>云端已将其受理为任务%1</translation>
    </message>
    <message>
        <source>the answer carried no job_id</source>
        <translation>响应中没有job_id</translation>
    </message>
    <message>
        <source>Outcome unknown: %1</source>
        <translation>结果未知：%1</translation>
    </message>
    <message>
        <source>Following job %1</source>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <translation>正在跟踪任务%1</translation>
    </message>
    <message>
        <source>Could not ask the cloud: %1</source>
        <translation>无法查询云端：%1</translation>
    </message>
    <message>
        <source>Stopped watching. The cloud cannot cancel this work and carries on with it.</source>
        <translation>已停止跟踪。云端无法取消此操作，将继续执行。</translation>
    </message>
</context>
<context>
    <name>JobMonitorView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>All jobs</source>
        <comment>job filter</comment>
        <translation>全部任务</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>job filter</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>job filter</comment>
        <translation>成功</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <comment>job filter</comment>
        <translation>需处理</translation>
    </message>
    <message>
        <source>No image jobs yet.
Choose “Create image…” to make a private image; its job appears here and is followed until the cloud reports the end.</source>
        <translation>暂无镜像任务。
选择“创建镜像…”来创建私有镜像；其任务会显示在此处，并持续跟踪直至云端报告结束。</translation>
    </message>
    <message>
        <source>&amp;Copy Image ID</source>
        <translation>复制镜像ID(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retry Poll</source>
        <translation>重新轮询(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the cloud about this job now</source>
        <translation>立即向云端查询此任务</translation>
    </message>
    <message>
        <source>&amp;Stop Watching</source>
        <translation>停止跟踪(&amp;S)</translation>
    </message>
    <message>
        <source>Stop asking the cloud about this job. The cloud keeps working on it.</source>
        <translation>停止向云端查询此任务。云端会继续处理该任务。</translation>
    </message>
    <message>
        <source>Remove from &amp;History</source>
        <translation>从历史记录中删除(&amp;H)</translation>
    </message>
    <message>
        <source>Stop watching “%1”?</source>
        <extracomment>%1 = image name</extracomment>
        <translation>停止跟踪“%1”？</translation>
    </message>
    <message>
        <source>Imagewright will stop asking the cloud about this job. The cloud cannot cancel an image job and keeps working on it: the image may still appear in the cloud&apos;s image list.</source>
        <translation>Imagewright将停止向云端查询此任务。云端无法取消镜像任务，会继续处理：该镜像仍可能出现在云端的镜像列表中。</translation>
    </message>
    <message>
        <source>Remove “%1” from the history?</source>
        <extracomment>%1 = image name</extracomment>
        <translation>从历史记录中删除“%1”？</translation>
    </message>
    <message>
        <source>This job is still running on the cloud. Removing it only removes it from this list; the cloud keeps working on it.</source>
        <translation>此任务仍在云端运行。删除只会将其从此列表中移除；云端会继续处理该任务。</translation>
    </message>
    <message>
        <source>Filter by image name, image ID, cloud or status</source>
        <translation>按镜像名称、镜像ID、云平台或状态筛选</translation>
    </message>
    <message>
        <source>Failed or stopped</source>
        <comment>job filter: failed, or no longer watched</comment>
        <translation>失败或已停止跟踪</translation>
    </message>
</context>
<context>
    <name>JobRecord</name>
    <message>
        <source>Submitting</source>
        <translation>提交中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已停止跟踪</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需处理</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 = the cloud&apos;s error code, %2 = the cloud&apos;s failure reason (verbatim)</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Stopped watching</source>
        <translation>已停止跟踪</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 = our state word, %2 = the cloud&apos;s raw status such as RUNNING</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>创建方式</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云平台</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>密钥链未及时响应。</translation>
    </message>
</context>
<context>
    <name>KeystoneSession</name>
    <message>
        <source>the identity service sent no token or no expiry time</source>
        <translation>身份认证服务未返回令牌或过期时间</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Imagewright</source>
        <translation>Imagewright</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <comment>menu</comment>
        <translation>任务(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Create Image…</source>
        <translation>创建镜像(&amp;C)…</translation>
    </message>
    <message>
        <source>Create a private image (Ctrl+N)</source>
        <translation>创建私有镜像 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Start &amp;Demo Cloud (local)</source>
        <translation>启动演示云（本地）(&amp;D)</translation>
    </message>
    <message>
        <source>Cloud &amp;Profiles…</source>
        <translation>云配置文件(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Imagewright</source>
        <translation>关于Imagewright(&amp;A)</translation>
    </message>
    <message>
        <source>No cloud profile</source>
        <translation>无云配置文件</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <extracomment>Status bar. %1 = cloud profile name</extracomment>
        <translation>配置文件：%1</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <extracomment>Status bar. %1 = cloud profile name, %2 = region</extracomment>
        <translation>配置文件：%1（%2）</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Starting the demo cloud…</source>
        <translation>正在启动演示云…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>Create image needs a cloud profile: start the demo cloud from the File menu.</source>
        <translation>“创建镜像”需要云配置文件：请从“文件”菜单启动演示云。</translation>
    </message>
    <message numerus="yes">
        <source>%n image job(s) running</source>
        <extracomment>Status bar. %n = image jobs still running on the cloud</extracomment>
        <translation>
            <numerusform>%n个镜像任务正在运行</numerusform>
        </translation>
    </message>
    <message>
        <source>About Imagewright</source>
        <translation>关于Imagewright</translation>
    </message>
    <message>
        <source>Imagewright %1

Creates private server images on Huawei Cloud IMS and OpenStack (Nova, Cinder, Glance) and follows every image job until the cloud reports its end.</source>
        <extracomment>%1 = version number</extracomment>
        <translation>Imagewright %1

在华为云IMS和OpenStack（Nova、Cinder、Glance）上创建云服务器私有镜像，并跟踪每个镜像任务，直至云端报告其结束。</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>This version of Imagewright does not build it yet.</source>
        <translation>此版本的Imagewright尚不支持此方式。</translation>
    </message>
    <message>
        <source>No cloud profile is selected.</source>
        <translation>未选择云配置文件。</translation>
    </message>
    <message>
        <source>%1 clouds have no Image Management Service (IMS).</source>
        <extracomment>%1 = cloud family, e.g. &quot;FJcloud-O&quot; or &quot;OpenStack&quot;</extracomment>
        <translation>%1云平台没有镜像服务（IMS）。</translation>
    </message>
    <message>
        <source>The cloud&apos;s service catalog lists no “%1” service.</source>
        <extracomment>%1 = a service type of the Keystone catalog, e.g. &quot;image&quot; or &quot;volumev3&quot;</extracomment>
        <translation>云端的服务目录中没有“%1”服务。</translation>
    </message>
    <message>
        <source>Create Image</source>
        <translation>创建镜像</translation>
    </message>
    <message>
        <source>Choose how the private image is made.</source>
        <translation>选择私有镜像的创建方式。</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <extracomment>Shown under a creation method that cannot be chosen. %1 = the reason(s)</extracomment>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>Checking which services the cloud offers…</source>
        <translation>正在检查云端提供的服务…</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Cloud Profiles</source>
        <translation>云配置文件</translation>
    </message>
    <message>
        <source>The cloud profiles saved on this computer. Passwords are kept in the system keychain, never here.</source>
        <translation>此计算机上保存的云配置文件。密码保存在系统密钥链中，绝不会保存在此处。</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>profile name</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Cloud</source>
        <comment>profile list column</comment>
        <translation>云平台</translation>
    </message>
    <message>
        <source>Region</source>
        <comment>profile list column</comment>
        <translation>区域</translation>
    </message>
    <message>
        <source>Project</source>
        <comment>profile list column</comment>
        <translation>项目</translation>
    </message>
    <message>
        <source>User</source>
        <comment>profile list column</comment>
        <translation>用户</translation>
    </message>
    <message>
        <source>Identity URL</source>
        <translation>认证URL</translation>
    </message>
    <message>
        <source>The profile in use</source>
        <translation>正在使用的配置文件</translation>
    </message>
</context>
<context>
    <name>RestJob</name>
    <message>
        <source>the service catalog has no &quot;%1&quot; endpoint for this region</source>
        <extracomment>%1 = a service type such as &quot;compute&quot; or &quot;image&quot;</extracomment>
        <translation>服务目录中没有此区域的“%1”端点</translation>
    </message>
    <message>
        <source>invalid address &quot;%1&quot;</source>
        <translation>无效地址“%1”</translation>
    </message>
    <message>
        <source>%1 is not an address of the cloud&apos;s service catalog</source>
        <extracomment>%1 = a URL</extracomment>
        <translation>%1不是云端服务目录中的地址</translation>
    </message>
    <message>
        <source>no complete answer in time</source>
        <translation>未在规定时间内收到完整响应</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Request ID: %1</source>
        <extracomment>%1 = the request ID the cloud returned, for a support ticket</extracomment>
        <translation>请求ID：%1</translation>
    </message>
    <message>
        <source>Review</source>
        <comment>wizard page title</comment>
        <translation>确认</translation>
    </message>
    <message>
        <source>This is the request Create sends, exactly. The cloud then works on the image as an asynchronous job, which the monitor follows.</source>
        <translation>这正是点击“创建”后发送的请求。随后云端以异步任务的形式处理该镜像，由任务监视器跟踪。</translation>
    </message>
    <message>
        <source>Create</source>
        <comment>create the image</comment>
        <translation>创建</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>创建方式：</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>请求(&amp;R)：</translation>
    </message>
    <message>
        <source>Sending the request to the cloud…</source>
        <translation>正在向云端发送请求…</translation>
    </message>
    <message>
        <source>Imagewright adds the tag %1 so that it can find this job again if the cloud&apos;s answer is lost on the way.</source>
        <extracomment>%1 = the marker tag, e.g. imagewright_op=1b2c...</extracomment>
        <translation>Imagewright会添加标签%1，以便在云端响应中途丢失时仍能重新找到此任务。</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message numerus="yes">
        <source>The demo cloud&apos;s data did not all arrive within %n second(s); the screenshot shows what had arrived.</source>
        <extracomment>--screenshot mode, on stderr. %n = seconds waited</extracomment>
        <translation>
            <numerusform>演示云的数据未在%n秒内全部到达；屏幕截图仅显示已到达的内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not create a temporary folder: %1</source>
        <extracomment>%1 = the system&apos;s error text</extracomment>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>The wizard could not be opened: there is no cloud profile.</source>
        <translation>无法打开向导：没有云配置文件。</translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>无法将屏幕截图保存到%1。</translation>
    </message>
</context>
<context>
    <name>ServerPicker</name>
    <message>
        <source>No cloud profile is selected.</source>
        <translation>未选择云配置文件。</translation>
    </message>
    <message>
        <source>The cloud&apos;s server list could not be read (%1).</source>
        <extracomment>%1 = technical detail of what was wrong in the answer</extracomment>
        <translation>无法读取云服务器列表（%1）。</translation>
    </message>
    <message>
        <source>Running: stop it for a consistent image</source>
        <translation>运行中：请关机以获得一致的镜像</translation>
    </message>
    <message>
        <source>IMS makes images only of a stopped or running ECS; this one is %1.</source>
        <extracomment>%1 = the server&apos;s status as the cloud reports it (ERROR, BUILD, ...)</extracomment>
        <translation>IMS只能为已关机或运行中的ECS创建镜像；此ECS的状态为%1。</translation>
    </message>
    <message>
        <source>A task is in progress on this ECS (%1); IMS refuses it until the task ends.</source>
        <extracomment>%1 = the task the cloud reports for the server (image_snapshot, rebooting, ...)</extracomment>
        <translation>此ECS上有操作正在进行（%1）；操作结束前IMS不会接受该ECS。</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>搜索(&amp;R)：</translation>
    </message>
    <message>
        <source>Name, status or ID</source>
        <translation>名称、状态或ID</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>server name</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>server status column</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>server ID column</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>why a server can&apos;t be used</comment>
        <translation>备注</translation>
    </message>
    <message>
        <source>Loading the ECS list from the cloud…</source>
        <translation>正在从云端加载ECS列表…</translation>
    </message>
    <message>
        <source>The ECS list could not be loaded.</source>
        <translation>无法加载ECS列表。</translation>
    </message>
    <message numerus="yes">
        <source>%n ECS(s) listed, %1 usable for an image.</source>
        <extracomment>%n = ECSs listed; %1 = how many of them IMS can use</extracomment>
        <translation>
            <numerusform>已列出%n个ECS，其中%1个可用于创建镜像。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is running. IMS accepts a running ECS, but stop it first for a consistent image: files being written while the image is made may be captured half-way.</source>
        <extracomment>%1 = server name</extracomment>
        <translation>“%1”正在运行。IMS接受运行中的ECS，但为保证镜像的一致性，请先关机：创建镜像期间正在写入的文件可能只被捕获一部分。</translation>
    </message>
</context>
<context>
    <name>SubmittedPage</name>
    <message>
        <source>Image Job Sent</source>
        <translation>镜像任务已提交</translation>
    </message>
    <message>
        <source>The job monitor follows the job until the image is ready or the cloud reports a failure. You can close this wizard; closing the app does not stop the job on the cloud.</source>
        <translation>任务监视器将跟踪该任务，直到镜像可用或云端报告失败。您可以关闭此向导；关闭应用不会停止云端的任务。</translation>
    </message>
    <message>
        <source>The cloud&apos;s answer to the create of “%1” was lost on the way. Imagewright looks for the job by its marker tag; the monitor shows what it finds.</source>
        <extracomment>%1 = image name</extracomment>
        <translation>云端对“%1”创建请求的响应在传输中丢失。Imagewright会通过标记标签查找该任务，任务监视器将显示查找结果。</translation>
    </message>
    <message>
        <source>The cloud accepted the request for “%1”.</source>
        <extracomment>%1 = image name</extracomment>
        <translation>云端已受理“%1”的请求。</translation>
    </message>
    <message>
        <source>Job ID: %1</source>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <translation>任务ID：%1</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Key</source>
        <comment>tag key</comment>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>tag value</comment>
        <translation>值</translation>
    </message>
    <message>
        <source>&amp;Add Tag</source>
        <translation>添加标签(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move Tag</source>
        <translation>删除标签(&amp;M)</translation>
    </message>
    <message>
        <source>Send as:</source>
        <translation>发送格式：</translation>
    </message>
    <message>
        <source>image_tags (key/value objects)</source>
        <translation>image_tags（键/值对象）</translation>
    </message>
    <message>
        <source>tags (&quot;key.value&quot; strings)</source>
        <translation>tags（&quot;key.value&quot;格式的标签字符串）</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>Tag validation. %1 = row number in the tag table, %2 = the message for that row</extracomment>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <source>No tags are set.</source>
        <translation>未设置标签。</translation>
    </message>
    <message>
        <source>Sent as: %1</source>
        <extracomment>Preview of the tags in the request. %1 = field name and JSON, e.g. &quot;tags&quot;: [&quot;a.b&quot;]</extracomment>
        <translation>发送内容：%1</translation>
    </message>
</context>
</TS>
