<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AkSkAuth</name>
    <message>
        <source>AK/SK signing is limited to 12 MB per request; use a password or application-credential profile, or the IMS OBS method.</source>
        <translation>AK/SK 签名每个请求最多支持 12 MB；请使用密码或应用凭据的配置文件，或使用 IMS 的 OBS 方式。</translation>
    </message>
    <message>
        <source>no secret key is stored for this profile</source>
        <translation>此配置文件未保存私有访问密钥</translation>
    </message>
    <message>
        <source>the profile has no access key (AK)</source>
        <translation>配置文件没有访问密钥（AK）</translation>
    </message>
    <message>
        <source>no security token is stored for this temporary access key</source>
        <translation>此临时访问密钥未保存安全令牌</translation>
    </message>
    <message>
        <source>the identity service knows no project named &quot;%1&quot;</source>
        <extracomment>%1 = a project name such as &quot;cn-north-4&quot;</extracomment>
        <translation>身份认证服务中没有名为“%1”的项目</translation>
    </message>
</context>
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
    <message>
        <source>The secure connection failed: the cloud&apos;s certificate was not accepted.</source>
        <translation>安全连接失败：云端的证书未被接受。</translation>
    </message>
    <message>
        <source>A file on this computer cannot be read: %1</source>
        <extracomment>%1 = which file and the file system&apos;s message</extracomment>
        <translation>无法读取本机上的文件：%1</translation>
    </message>
    <message>
        <source>The job history on this computer cannot be written: %1</source>
        <extracomment>%1 = the file system&apos;s message</extracomment>
        <translation>无法写入本机的任务历史记录：%1</translation>
    </message>
    <message>
        <source>The proxy refused the request: its user name and password are missing or not accepted (HTTP 407). Check the credentials in the proxy address (https_proxy, http_proxy or the profile&apos;s proxy).</source>
        <translation>代理拒绝了请求：缺少用户名和密码，或未被接受 (HTTP 407)。请检查代理地址中的凭据（https_proxy、http_proxy 或配置文件的代理）。</translation>
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
    <message>
        <source>Colours for this run: light (the system&apos;s) or dark.</source>
        <translation>本次运行的配色：light（系统配色）或 dark。</translation>
    </message>
    <message>
        <source>palette</source>
        <comment>command line value name</comment>
        <translation>配色</translation>
    </message>
    <message>
        <source>Unknown palette “%1”. Available: light, dark</source>
        <translation>未知配色“%1”。可用：light、dark</translation>
    </message>
</context>
<context>
    <name>BodyReader</name>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <extracomment>%1 = a field of the request body</extracomment>
        <translation>“%1”必须为字符串。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <extracomment>%1 = a field of the request body</extracomment>
        <translation>“%1”必须为整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <extracomment>%1 = a field of the request body; true and false are JSON words, not translated</extracomment>
        <translation>“%1”必须为true或false。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of objects.</source>
        <extracomment>%1 = a field of the request body</extracomment>
        <translation>“%1”必须为对象列表。</translation>
    </message>
    <message>
        <source>Each entry of &quot;%1&quot; must be an object.</source>
        <extracomment>%1 = a field of the request body</extracomment>
        <translation>“%1”的每一项都必须为对象。</translation>
    </message>
    <message>
        <source>Use either tags or image_tags, not both.</source>
        <translation>标签只能使用tags或image_tags之一，不能同时使用。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>“%1”必须为列表。</translation>
    </message>
</context>
<context>
    <name>CinderPage</name>
    <message>
        <source>The block storage service copies the volume into a new image. The volume is “uploading” meanwhile and goes back to its status when the image is done.</source>
        <translation>块存储服务将云硬盘复制为新的镜像。期间云硬盘处于“uploading”，镜像完成后恢复原来的状态。</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <comment>image name</comment>
        <translation>名称(&amp;E):</translation>
    </message>
    <message>
        <source>1–%1 characters</source>
        <extracomment>%1 = the limit (255)</extracomment>
        <translation>1–%1 个字符</translation>
    </message>
    <message>
        <source>&amp;Disk format:</source>
        <translation>镜像格式(&amp;D):</translation>
    </message>
    <message>
        <source>C&amp;ontainer format:</source>
        <translation>容器格式(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>可见性(&amp;V):</translation>
    </message>
    <message>
        <source>private (default)</source>
        <comment>image visibility</comment>
        <translation>private（默认）</translation>
    </message>
    <message>
        <source>&amp;Protected (cannot be deleted until unprotected)</source>
        <translation>保护(&amp;P)（取消保护前不能删除）</translation>
    </message>
    <message>
        <source>For&amp;ce: upload although the volume is attached</source>
        <translation>强制(&amp;C)：云硬盘已挂载也上传</translation>
    </message>
    <message>
        <source>With force, the volume can be made into an image although it is attached to a server. Stop the OS first. A cloud may ignore force (it is an operator setting); then it refuses the request.</source>
        <translation>使用 force 时，即使云硬盘已挂载到云服务器，也可以创建镜像。请先停止操作系统。云可能会忽略 force（这是运营方的设置），此时请求会被拒绝。</translation>
    </message>
    <message>
        <source>Before you make the image:</source>
        <translation>创建镜像之前：</translation>
    </message>
    <message>
        <source>• CentOS, Ubuntu or Red Hat Enterprise Linux: there is work to do before the image is made. If the settings remain in the image, servers created from it cannot communicate over the network.</source>
        <translation>• CentOS、Ubuntu 或 Red Hat Enterprise Linux：创建镜像前需要完成一些操作。如果设置残留在镜像中，用该镜像创建的云服务器将无法进行网络通信。</translation>
    </message>
    <message>
        <source>• Windows: run Sysprep on the server before the image is made. Afterwards, restore the server&apos;s snapshot and restart the server.</source>
        <translation>• Windows：创建镜像前在云服务器上执行 Sysprep。之后恢复云服务器的快照并重启云服务器。</translation>
    </message>
    <message>
        <source>• If /etc/cloud/cloud.cfg does not have the following setting, create /etc/cloud/cloud.cfg.d/datasource.cfg and add it: datasource_list: [&apos;OpenStack&apos;]</source>
        <translation>• 如果 /etc/cloud/cloud.cfg 中没有以下设置，请创建 /etc/cloud/cloud.cfg.d/datasource.cfg 并添加：datasource_list: [&apos;OpenStack&apos;]</translation>
    </message>
    <message>
        <source>• Before you use the image, check that it exists, that its status is active and that it has no sync_status_reason. If it has one, delete the image and create it again. Imagewright checks this when the job ends.</source>
        <translation>• 使用镜像前，请确认镜像存在、状态为 active，并且没有 sync_status_reason。如果有，请删除镜像后重新创建。Imagewright 会在任务结束时检查这一点。</translation>
    </message>
    <message>
        <source>• No marker can be added to this request: if the cloud&apos;s answer is lost, Imagewright finds the image by the volume, the image name and the time.</source>
        <translation>• 此请求无法添加标记：如果云的应答丢失，Imagewright 会根据云硬盘、镜像名称和时间找到镜像。</translation>
    </message>
    <message>
        <source>Volume</source>
        <comment>group box title: the volume the image is made from</comment>
        <translation>云硬盘</translation>
    </message>
</context>
<context>
    <name>CinderUploadRequest</name>
    <message>
        <source>Enter a name for the image.</source>
        <translation>请输入镜像名称。</translation>
    </message>
    <message>
        <source>The name may have at most %1 characters; this one has %2.</source>
        <extracomment>%1 = the limit (255), %2 = the name&apos;s length</extracomment>
        <translation>名称最多 %1 个字符；当前为 %2 个。</translation>
    </message>
    <message>
        <source>Choose the volume to make the image from.</source>
        <translation>请选择用于创建镜像的云硬盘。</translation>
    </message>
    <message>
        <source>The block storage service uploads only an available volume, or an in-use one with force; this volume is %1.</source>
        <extracomment>%1 = the volume&apos;s status as Cinder reports it (error, uploading, ...)</extracomment>
        <translation>块存储服务只上传 available 的云硬盘，或使用 force 时 in-use 的云硬盘；此云硬盘为 %1。</translation>
    </message>
    <message>
        <source>Force is only for a volume that is attached to a server (in-use).</source>
        <translation>force 仅用于已挂载到云服务器（in-use）的云硬盘。</translation>
    </message>
    <message>
        <source>The volume is attached to a server (in-use): the block storage service uploads it only with force. Stop the OS first.</source>
        <translation>云硬盘已挂载到云服务器（in-use）：块存储服务只有在使用 force 时才上传。请先停止操作系统。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2.</source>
        <extracomment>%1 = the value given, %2 = the accepted values</extracomment>
        <translation>“%1”不是以下之一：%2。</translation>
    </message>
    <message>
        <source>FJcloud-O takes only %1 &quot;%2&quot;.</source>
        <extracomment>%1 = the field (disk_format or container_format), %2 = the only value allowed</extracomment>
        <translation>FJcloud-O 的 %1 只接受“%2”。</translation>
    </message>
    <message>
        <source>This cloud&apos;s block storage API does not offer %1 (it needs microversion 3.1).</source>
        <extracomment>%1 = the field (visibility or protected)</extracomment>
        <translation>此云的块存储 API 不提供 %1（需要微版本 3.1）。</translation>
    </message>
    <message>
        <source>The body must be {&quot;os-volume_upload_image&quot;: {&quot;image_name&quot;: ..., ...}}.</source>
        <translation>请求体必须为 {&quot;os-volume_upload_image&quot;: {&quot;image_name&quot;: ..., ...}}。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <extracomment>%1 = a field name</extracomment>
        <translation>“%1”必须是文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <extracomment>%1 = a field name</extracomment>
        <translation>“%1”必须为 true 或 false。</translation>
    </message>
</context>
<context>
    <name>CloudPresets</name>
    <message>
        <source>Enter the identity service URL.</source>
        <translation>请输入身份认证服务的URL。</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://, for example https://iam.eu-de.otc.t-systems.com/v3.</source>
        <translation>请输入以https://开头的网址，例如https://iam.eu-de.otc.t-systems.com/v3。</translation>
    </message>
    <message>
        <source>The identity URL must end with /v3 (Keystone version 3).</source>
        <translation>身份认证URL必须以/v3结尾（Keystone v3）。</translation>
    </message>
    <message>
        <source>The identity URL must not have a query (?) or fragment (#) part.</source>
        <translation>身份认证URL不能包含查询（?）或片段（#）部分。</translation>
    </message>
    <message>
        <source>Do not put a user name or password into the URL; use the fields below.</source>
        <translation>请勿在URL中包含用户名或密码；请使用下方的字段。</translation>
    </message>
    <message>
        <source>This address uses plain http: the password would travel unencrypted. Use https unless the cloud is on this computer.</source>
        <translation>此地址使用未加密的http：密码将以明文传输。除非云平台位于本机，否则请使用https。</translation>
    </message>
    <message>
        <source>Enter a service type, for example compute or volumev3.</source>
        <translation>请输入服务类型，例如 compute 或 volumev3。</translation>
    </message>
    <message>
        <source>A service type has no spaces, for example volumev3.</source>
        <translation>服务类型不能包含空格，例如 volumev3。</translation>
    </message>
    <message>
        <source>This service type already has an override.</source>
        <translation>此服务类型已有覆盖设置。</translation>
    </message>
    <message>
        <source>Enter the endpoint URL to use for this service.</source>
        <translation>请输入此服务使用的终端节点URL。</translation>
    </message>
    <message>
        <source>Enter a web address starting with https://, for example https://ims.eu-de.otc.t-systems.com.</source>
        <translation>请输入以 https:// 开头的网址，例如 https://ims.eu-de.otc.t-systems.com。</translation>
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
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Application credential</source>
        <translation>应用凭证</translation>
    </message>
    <message>
        <source>Access key (AK/SK)</source>
        <translation>访问密钥 (AK/SK)</translation>
    </message>
</context>
<context>
    <name>CloudsYamlImport</name>
    <message>
        <source>%1 could not be read: %2</source>
        <extracomment>%1 = file path, %2 = the system&apos;s reason</extracomment>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2, column %3): %4</source>
        <extracomment>%1 = file name, %2 = line, %3 = column, %4 = the YAML parser&apos;s own message (English)</extracomment>
        <translation>%1不是有效的YAML（第%2行，第%3列）：%4</translation>
    </message>
    <message>
        <source>%1 has no &quot;clouds:&quot; mapping of cloud names to their settings.</source>
        <extracomment>%1 = file name. &quot;clouds:&quot; is the file&apos;s key, not translated</extracomment>
        <translation>%1中没有将云名称映射到其设置的“clouds:”部分。</translation>
    </message>
    <message>
        <source>No clouds.yaml found (searched: %1).</source>
        <extracomment>%1 = the folders searched</extracomment>
        <translation>未找到clouds.yaml（已搜索：%1）。</translation>
    </message>
    <message>
        <source>OS_CLIENT_CONFIG_FILE names %1, which does not exist; the usual places were searched.</source>
        <extracomment>%1 = the path OS_CLIENT_CONFIG_FILE names</extracomment>
        <translation>OS_CLIENT_CONFIG_FILE指向的%1不存在；已在常用位置中搜索。</translation>
    </message>
    <message>
        <source>OS_CLIENT_SECURE_FILE names %1, which does not exist.</source>
        <extracomment>%1 = the path OS_CLIENT_SECURE_FILE names</extracomment>
        <translation>OS_CLIENT_SECURE_FILE指向的%1不存在。</translation>
    </message>
    <message>
        <source>%1 names no clouds.</source>
        <extracomment>%1 = file name</extracomment>
        <translation>%1中没有定义任何云。</translation>
    </message>
    <message>
        <source>Its settings are not a mapping of keys to values.</source>
        <translation>其设置不是键值映射。</translation>
    </message>
    <message>
        <source>One of the %1 regions this cloud lists; each becomes its own profile.</source>
        <extracomment>%1 = number of regions listed for the cloud</extracomment>
        <translation>此云列出的%1个区域之一；每个区域各成为一个配置文件。</translation>
    </message>
    <message>
        <source>The vendor profile &quot;%1&quot; is not one Imagewright knows, and the file gives no auth_url.</source>
        <extracomment>%1 = the vendor profile&apos;s name (clouds.yaml &quot;profile:&quot;)</extracomment>
        <translation>Imagewright不认识供应商配置“%1”，且文件中没有auth_url。</translation>
    </message>
    <message>
        <source>The vendor profile &quot;%1&quot; is not one Imagewright knows: only the settings in the file are imported.</source>
        <translation>Imagewright不认识供应商配置“%1”：仅导入文件中的设置。</translation>
    </message>
    <message>
        <source>Identity URL from the vendor profile &quot;%1&quot;: %2</source>
        <extracomment>%1 = vendor profile name, %2 = the identity URL</extracomment>
        <translation>来自供应商配置“%1”的身份认证URL：%2</translation>
    </message>
    <message>
        <source>No auth_url: the file does not say where to sign in.</source>
        <translation>缺少auth_url：文件未说明在何处登录。</translation>
    </message>
    <message>
        <source>Region %1 taken from the identity URL.</source>
        <extracomment>%1 = region</extracomment>
        <translation>区域%1取自身份认证URL。</translation>
    </message>
    <message>
        <source>No region_name: this cloud needs a region.</source>
        <translation>缺少region_name：此云需要指定区域。</translation>
    </message>
    <message>
        <source>identity_api_version %1: Imagewright needs Keystone v3.</source>
        <translation>identity_api_version %1：Imagewright需要Keystone v3。</translation>
    </message>
    <message>
        <source>auth_type &quot;%1&quot; is not supported: Imagewright signs in with a password, an application credential or an access key (AK/SK).</source>
        <extracomment>%1 = the auth_type of the file, e.g. v3oidcpassword or token</extracomment>
        <translation>不支持auth_type“%1”：Imagewright使用密码、应用凭证或访问密钥（AK/SK）登录。</translation>
    </message>
    <message>
        <source>It signs in with a token (auth.token): a token expires; Imagewright needs a password, an application credential or an access key.</source>
        <translation>它使用令牌（auth.token）登录：令牌会过期；Imagewright需要密码、应用凭证或访问密钥。</translation>
    </message>
    <message>
        <source>A system-scoped sign-in (system_scope) is not supported: Imagewright works in a project.</source>
        <translation>不支持系统范围的登录（system_scope）：Imagewright在项目中工作。</translation>
    </message>
    <message>
        <source>A trust (trust_id) is not supported.</source>
        <translation>不支持信任（trust_id）。</translation>
    </message>
    <message>
        <source>The user is given by user_id only; Imagewright needs the user name (username).</source>
        <translation>仅通过user_id指定了用户；Imagewright需要用户名（username）。</translation>
    </message>
    <message>
        <source>%1 %2: domains are given by name in Imagewright; add %3.</source>
        <extracomment>%1 = a key such as user_domain_id, %2 = its value, %3 = e.g. user_domain_name</extracomment>
        <translation>%1 %2：Imagewright中按名称指定域；请添加%3。</translation>
    </message>
    <message>
        <source>No username.</source>
        <translation>缺少username。</translation>
    </message>
    <message>
        <source>No project (project_name or project_id): Imagewright works in a project.</source>
        <translation>缺少项目（project_name或project_id）：Imagewright在项目中工作。</translation>
    </message>
    <message>
        <source>No application_credential_id or application_credential_name.</source>
        <translation>缺少application_credential_id或application_credential_name。</translation>
    </message>
    <message>
        <source>An application credential given by name needs the username of its owner.</source>
        <translation>按名称指定的应用凭证需要其所有者的username。</translation>
    </message>
    <message>
        <source>The access key (ak/sk) is imported too; the profile signs in with %1.</source>
        <translation>访问密钥（ak/sk）也会导入；该配置文件使用%1登录。</translation>
    </message>
    <message>
        <source>No secret in the files: Imagewright asks for it at the first sign-in.</source>
        <translation>文件中没有密钥：Imagewright会在首次登录时询问。</translation>
    </message>
    <message>
        <source>interface &quot;%1&quot; is none of public, internal, admin.</source>
        <extracomment>%1 = the file&apos;s interface value</extracomment>
        <translation>interface“%1”不是public、internal或admin之一。</translation>
    </message>
    <message>
        <source>TLS certificates are not verified (verify: false): the profile is marked insecure.</source>
        <translation>不验证TLS证书（verify: false）：该配置文件被标记为不安全。</translation>
    </message>
    <message>
        <source>A client certificate (cert, key) is not supported and was left out: if the cloud requires it, signing in fails.</source>
        <translation>不支持客户端证书（cert、key），已略去：如果云要求使用，登录将失败。</translation>
    </message>
    <message>
        <source>%1 was left out: placeholders such as %(project_id)s are not supported; enter the full address in the profile editor.</source>
        <extracomment>%1 = the key, e.g. compute_endpoint_override</extracomment>
        <translation>已略去%1：不支持%(project_id)s之类的占位符；请在配置文件编辑器中输入完整地址。</translation>
    </message>
    <message>
        <source>%1 was left out: it is not an http(s) address.</source>
        <translation>已略去%1：它不是http(s)地址。</translation>
    </message>
    <message>
        <source>Left out: %1. Imagewright finds services in the catalog by their standard types and agrees API versions with the cloud itself.</source>
        <extracomment>%1 = keys such as image_api_version, compute_service_name</extracomment>
        <translation>已略去：%1。Imagewright按标准类型在服务目录中查找服务，并自行与云协商API版本。</translation>
    </message>
    <message>
        <source>%1 cannot be read: the value on line %2 holds an alias of itself (a cycle).</source>
        <extracomment>%1 = file name, %2 = line. An alias (*name) and an anchor (&amp;name) are YAML&apos;s words</extracomment>
        <translation>无法读取%1：第%2行的值包含指向自身的别名（循环）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: its aliases expand to more than %3 values (line %2).</source>
        <extracomment>%1 = file name, %2 = line, %3 = a number of values</extracomment>
        <translation>无法读取%1：其别名展开后超过%3个值（第%2行）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: its values are nested more than %3 levels deep (line %2).</source>
        <extracomment>%1 = file name, %2 = line, %3 = a number of levels</extracomment>
        <translation>无法读取%1：其值的嵌套超过%3层（第%2行）。</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>%1 s</source>
        <extracomment>a duration; %1 = seconds</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>a duration; %1 = minutes, %2 = seconds</extracomment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>a duration; %1 = hours, %2 = minutes</extracomment>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the cloud&apos;s (more than %2). Requests signed with an access key are refused beyond 15 minutes and token times are misjudged: correct the system clock.</source>
        <translation>本计算机的时钟比云端慢 %1（超过 %2）。使用访问密钥签名的请求在相差超过15分钟时会被拒绝，令牌时间也会被误判：请校正系统时钟。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the cloud&apos;s (more than %2). Requests signed with an access key are refused beyond 15 minutes and token times are misjudged: correct the system clock.</source>
        <extracomment>%1 = how far ahead, e.g. &quot;12 min 5 s&quot;, %2 = the limit, e.g. &quot;5 min 0 s&quot;</extracomment>
        <translation>本计算机的时钟比云端快 %1（超过 %2）。使用访问密钥签名的请求在相差超过15分钟时会被拒绝，令牌时间也会被误判：请校正系统时钟。</translation>
    </message>
    <message>
        <source>User, password or project not accepted. The identity service refused the sign-in (HTTP 401); Keystone answers the same way for wrong credentials and for a project (name, ID or domain) the user cannot use, so check both.</source>
        <translation>用户、密码或项目未被接受。身份认证服务拒绝了登录（HTTP 401）；对于错误的凭据和用户无法使用的项目（名称、ID或域），Keystone 的应答相同，因此请同时检查两者。</translation>
    </message>
    <message>
        <source>%1 The cloud said: %2</source>
        <extracomment>%1 = the sentence above, %2 = the identity service&apos;s own message</extracomment>
        <translation>%1 云端返回：%2</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2. Check the identity URL, the network, and any proxy or firewall.</source>
        <extracomment>%1 = host[:port], %2 = the system&apos;s reason (host not found, connection refused, ...)</extracomment>
        <translation>无法连接到 %1：%2。请检查身份认证URL、网络以及代理或防火墙。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>The identity service at %1 did not answer. Check the identity URL, the network, and any proxy or firewall.</source>
        <extracomment>%1 = host[:port]</extracomment>
        <translation>%1 上的身份认证服务没有应答。请检查身份认证URL、网络以及代理或防火墙。</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. If the cloud uses a private certificate authority, choose its CA bundle file under the profile&apos;s certificate checks.</source>
        <extracomment>%1 = host[:port], %2 = why (e.g. &quot;The certificate is self-signed, and untrusted (certificate “x”, SHA-256 fingerprint AB:…)&quot;)</extracomment>
        <translation>到 %1 的安全连接失败：%2。如果云使用私有证书颁发机构，请在配置文件的证书检查中选择其CA证书包文件。</translation>
    </message>
    <message>
        <source>the certificate was not accepted</source>
        <translation>证书未被接受</translation>
    </message>
    <message>
        <source>The identity URL %1 answered “not found” (HTTP 404): check that it is the Keystone (IAM) address ending with /v3.</source>
        <extracomment>%1 = the identity URL</extracomment>
        <translation>身份认证URL %1 返回“未找到”（HTTP 404）：请确认它是以 /v3 结尾的 Keystone（IAM）地址。</translation>
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
    <message>
        <source>Image from a local file (via OBS)</source>
        <translation>从本地文件创建镜像（经由 OBS）</translation>
    </message>
    <message>
        <source>Uploads a local image file to an OBS bucket (resumable), then IMS imports it.</source>
        <translation>将本地镜像文件上传到 OBS桶（可续传），然后由 IMS 导入。</translation>
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
    <message>
        <source>&amp;Add a Cloud Profile…</source>
        <translation>添加云配置文件(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>GlanceCreateRequest</name>
    <message>
        <source>Enter a name for the image.</source>
        <translation>请输入镜像名称。</translation>
    </message>
    <message>
        <source>The name can have at most %1 characters (now %2).</source>
        <extracomment>%1 = maximum number of characters, %2 = current number</extracomment>
        <translation>名称最多 %1 个字符（当前 %2）。</translation>
    </message>
    <message>
        <source>The name may not start or end with a space.</source>
        <translation>名称不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>The name may not contain control characters such as tabs or line breaks.</source>
        <translation>名称不能包含制表符或换行符等控制字符。</translation>
    </message>
    <message>
        <source>Write the tag &quot;%1&quot; as key=value, e.g. &quot;tagkey=tagvalue&quot;.</source>
        <extracomment>%1 = the tag as typed; key=value is the document&apos;s form, keep it untranslated</extracomment>
        <translation>标签 &quot;%1&quot; 请写成 key=value 形式，例如 &quot;tagkey=tagvalue&quot;。</translation>
    </message>
    <message>
        <source>Choose the disk format of the image file.</source>
        <translation>请选择镜像文件的镜像格式。</translation>
    </message>
    <message>
        <source>The disk format &quot;%1&quot; is not accepted here. Use one of: %2.</source>
        <extracomment>%1 = the value given, %2 = the accepted values</extracomment>
        <translation>此处不接受镜像格式 &quot;%1&quot;。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Choose the container format.</source>
        <translation>请选择容器格式。</translation>
    </message>
    <message>
        <source>The container format &quot;%1&quot; is not accepted here. Use one of: %2.</source>
        <extracomment>%1 = the value given, %2 = the accepted values</extracomment>
        <translation>此处不接受容器格式 &quot;%1&quot;。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>The minimum disk must be %1 to %2 GB (now %3): the smallest disk, in GB, a server needs to boot this image.</source>
        <extracomment>%1, %2 = the range in GB; %3 = the value given</extracomment>
        <translation>最小磁盘取值为 %1~%2 GB（当前 %3）：即云服务器从该镜像启动所需的最小磁盘容量（GB）。</translation>
    </message>
    <message>
        <source>The minimum disk cannot be negative.</source>
        <translation>最小磁盘不能为负数。</translation>
    </message>
    <message>
        <source>The minimum memory cannot be negative.</source>
        <translation>最小内存不能为负数。</translation>
    </message>
    <message>
        <source>Image metadata can only be created with the visibility &quot;private&quot;.</source>
        <translation>创建镜像元数据时，可见性只能为 &quot;private&quot;。</translation>
    </message>
    <message>
        <source>The visibility &quot;%1&quot; is not accepted. Use one of: %2.</source>
        <extracomment>%1 = the value given, %2 = the accepted values</extracomment>
        <translation>不接受可见性 &quot;%1&quot;。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Enter the tag or remove the empty one.</source>
        <translation>请输入标签，或删除空标签。</translation>
    </message>
    <message>
        <source>A tag can have at most %1 characters.</source>
        <extracomment>%1 = maximum number of characters</extracomment>
        <translation>标签最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is given twice.</source>
        <translation>标签 &quot;%1&quot; 重复出现。</translation>
    </message>
    <message>
        <source>The OS version can have at most %1 characters.</source>
        <extracomment>%1 = maximum number of characters</extracomment>
        <translation>操作系统版本最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The OS version may not start or end with a space or contain control characters.</source>
        <translation>操作系统版本不能以空格开头或结尾，也不能包含控制字符。</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a UUID such as 4ca46bf1-5c61-48ff-b4f3-0ad4e5e3ba86, or be left out (Imagewright then chooses one).</source>
        <translation>&quot;id&quot; 必须是 UUID，例如 4ca46bf1-5c61-48ff-b4f3-0ad4e5e3ba86，或者不指定（由 Imagewright 选择）。</translation>
    </message>
    <message>
        <source>No OS version is set, so the cloud uses &quot;%1&quot;. Then it is not guaranteed that servers can be created from this image or work normally.</source>
        <extracomment>%1 = the default OS version, &quot;Other Linux (64 bit)&quot; (seed 003; keep it untranslated)</extracomment>
        <translation>未指定操作系统版本，云将使用 &quot;%1&quot;。此时不保证该镜像能成功创建云服务器，也不保证通过该镜像创建的云服务器能够正常使用。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <extracomment>%1 = a JSON key</extracomment>
        <translation>&quot;%1&quot; 必须是文本。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number.</source>
        <extracomment>%1 = a JSON key</extracomment>
        <translation>&quot;%1&quot; 必须是整数。</translation>
    </message>
    <message>
        <source>&quot;protected&quot; must be true or false.</source>
        <translation>&quot;protected&quot;（保护）必须是 true 或 false。</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be a list of texts.</source>
        <translation>&quot;tags&quot;（标签）必须是文本列表。</translation>
    </message>
    <message>
        <source>A tag must be a text.</source>
        <translation>标签必须是文本。</translation>
    </message>
</context>
<context>
    <name>GlancePage</name>
    <message>
        <source>Choose the Image File</source>
        <translation>选择镜像文件</translation>
    </message>
    <message>
        <source>Image files (*.qcow2 *.raw *.vhd *.vhdx *.vmdk *.vdi *.iso *.zvhd2 *.img);;All files (*)</source>
        <translation>镜像文件 (*.qcow2 *.raw *.vhd *.vhdx *.vmdk *.vdi *.iso *.zvhd2 *.img);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The image service creates the image metadata, then Imagewright uploads the local image file to it, checking its digests.</source>
        <translation>镜像服务创建镜像元数据，然后 Imagewright 上传本地镜像文件并校验其摘要。</translation>
    </message>
    <message>
        <source>Image &amp;file:</source>
        <translation>镜像文件(&amp;F)：</translation>
    </message>
    <message>
        <source>The local image file to upload</source>
        <translation>要上传的本地镜像文件</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <comment>image name</comment>
        <translation>镜像名称(&amp;E)：</translation>
    </message>
    <message>
        <source>1–%1 characters</source>
        <extracomment>%1 = the limit (255)</extracomment>
        <translation>1~%1 个字符</translation>
    </message>
    <message>
        <source>&amp;OS version:</source>
        <translation>操作系统版本(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. CentOS 7.6 64bit; empty: %1</source>
        <extracomment>%1 = the default OS version (keep it untranslated)</extracomment>
        <translation>例如 CentOS 7.6 64bit；为空时：%1</translation>
    </message>
    <message>
        <source>&amp;Disk format:</source>
        <translation>镜像格式(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Container format:</source>
        <translation>容器格式(&amp;C)：</translation>
    </message>
    <message>
        <source>Minimum disk (&amp;GB):</source>
        <translation>最小磁盘 (GB)(&amp;G)：</translation>
    </message>
    <message>
        <source>Minimum &amp;memory (MB):</source>
        <translation>最小内存 (MB)(&amp;M)：</translation>
    </message>
    <message>
        <source>V&amp;isibility:</source>
        <translation>可见性(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Protected (a protected image cannot be deleted)</source>
        <translation>保护(&amp;P)（受保护的镜像不可删除）</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>group box title</comment>
        <translation>标签</translation>
    </message>
    <message>
        <source>Sent as key=value, e.g. &quot;tagkey=tagvalue&quot;. Keys up to 36 characters, values up to 43.</source>
        <translation>以 key=value 形式发送，例如 &quot;tagkey=tagvalue&quot;。键最多 36 个字符，值最多 43 个字符。</translation>
    </message>
    <message>
        <source>Each row is sent as one tag: the key alone, or key=value when a value is given.</source>
        <translation>每行作为一个标签发送：只有键，或在填写值时为 key=value。</translation>
    </message>
    <message>
        <source>Image states:
• queued: the image metadata is created, waiting for the image file to be uploaded.
• saving: the image file is being uploaded to the back-end storage.
• active: the image can be used normally.
• killed: an error occurred while uploading the image.
• deleted: the image has been deleted.</source>
        <translation>镜像状态：
• queued：镜像元数据已经创建成功，等待上传镜像文件。
• saving：镜像正在上传文件到后端存储。
• active：镜像可以正常使用。
• killed：镜像上传错误。
• deleted：镜像已经删除。</translation>
    </message>
    <message>
        <source>The image file %1 does not exist or cannot be read.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>镜像文件 %1 不存在或无法读取。</translation>
    </message>
    <message>
        <source>The image file is empty.</source>
        <translation>镜像文件为空。</translation>
    </message>
    <message>
        <source>The file (%1) is uploaded as a whole; Glance has no partial upload, so an interrupted upload starts again from the beginning.</source>
        <extracomment>%1 = file size such as &quot;1.4 GB&quot;</extracomment>
        <translation>文件（%1）整体上传；Glance 不支持部分上传，中断的上传会从头开始。</translation>
    </message>
</context>
<context>
    <name>ImageDeleteKind</name>
    <message>
        <source>Delete Image…</source>
        <translation>删除镜像…</translation>
    </message>
</context>
<context>
    <name>ImageEdit</name>
    <message>
        <source>Nothing to change: give at least one new value.</source>
        <translation>没有要更改的内容：请至少提供一个新值。</translation>
    </message>
    <message>
        <source>The description can have at most %1 characters (now %2).</source>
        <extracomment>%1 = maximum number of characters, %2 = current number</extracomment>
        <translation>描述最多可包含%1个字符（当前%2个）。</translation>
    </message>
    <message>
        <source>Glance images have no maximum memory; only IMS has it.</source>
        <translation>Glance镜像没有最大内存；只有IMS有。</translation>
    </message>
    <message>
        <source>IMS does not change the minimum disk of an existing image.</source>
        <translation>IMS不能更改现有镜像的最小磁盘。</translation>
    </message>
    <message>
        <source>The minimum disk cannot be negative.</source>
        <translation>最小磁盘不能为负数。</translation>
    </message>
    <message>
        <source>IMS does not change the protection of an image; Glance does.</source>
        <translation>IMS不能更改镜像的保护设置；Glance可以。</translation>
    </message>
    <message>
        <source>Give the tag &quot;%1&quot; as key=value.</source>
        <extracomment>%1 = the tag as given</extracomment>
        <translation>请以 key=value 的形式提供标签“%1”。</translation>
    </message>
    <message>
        <source>A tag must have 1 to %1 characters.</source>
        <extracomment>%1 = maximum number of characters</extracomment>
        <translation>标签必须包含1到%1个字符。</translation>
    </message>
    <message>
        <source>The tag key &quot;%1&quot; is given twice.</source>
        <extracomment>%1 = tag key</extracomment>
        <translation>标签键“%1”被指定了两次。</translation>
    </message>
    <message>
        <source>Enter a tag key.</source>
        <translation>请输入标签键。</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is both set and removed.</source>
        <extracomment>%1 = tag key</extracomment>
        <translation>标签“%1”同时被设置和删除。</translation>
    </message>
    <message>
        <source>Only active images can be changed; this image is %1.</source>
        <extracomment>%1 = the image&apos;s status</extracomment>
        <translation>只能更改可用 (active) 的镜像；此镜像的状态为%1。</translation>
    </message>
    <message>
        <source>An image can have at most %1 tags.</source>
        <extracomment>%1 = the most tags an image may have</extracomment>
        <translation>一个镜像最多可以有%1个标签。</translation>
    </message>
</context>
<context>
    <name>ImageEditKind</name>
    <message>
        <source>Edit Image…</source>
        <translation>编辑镜像…</translation>
    </message>
</context>
<context>
    <name>ImageLibraryView</name>
    <message>
        <source>No cloud profile.</source>
        <translation>没有云配置文件。</translation>
    </message>
    <message numerus="yes">
        <source>Reading the image list… %n image(s) so far.</source>
        <extracomment>%n = images read so far</extracomment>
        <translation>
            <numerusform>正在读取镜像列表… 目前已有 %n 个镜像。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s).</source>
        <extracomment>%n = images listed</extracomment>
        <translation>
            <numerusform>%n 个镜像。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an image to see its properties.</source>
        <translation>选择一个镜像以查看其属性。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Made by the job %1.</source>
        <extracomment>%1 = the local id of the job that made the image</extracomment>
        <translation>由任务 %1 创建。</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>原始 JSON</translation>
    </message>
    <message>
        <source>Filter by name, ID, OS or tag</source>
        <translation>按名称、ID、操作系统或标签筛选</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>Show Jo&amp;b</source>
        <translation>显示任务(&amp;B)</translation>
    </message>
    <message>
        <source>Open the job that made this image in the job monitor</source>
        <translation>在任务监视器中打开创建此镜像的任务</translation>
    </message>
    <message>
        <source>Give the tag &quot;%1&quot; as key=value.</source>
        <translation>请以 key=value 的形式指定标签“%1”。</translation>
    </message>
    <message>
        <source>Change the name, description, memory, disk or tags</source>
        <translation>修改名称、描述、内存、磁盘或标签</translation>
    </message>
    <message>
        <source>Delete the selected images</source>
        <translation>删除所选镜像</translation>
    </message>
    <message>
        <source>%1 was changed.</source>
        <translation>已修改 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n image(s)…</source>
        <translation>
            <numerusform>正在删除 %n 个镜像…</numerusform>
        </translation>
    </message>
    <message>
        <source>images</source>
        <translation>镜像列表</translation>
    </message>
    <message>
        <source>Export the Image List</source>
        <translation>导出镜像列表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 个镜像写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Show only images in this state (the cloud filters)</source>
        <translation>仅显示处于此状态的镜像（由云端过滤）</translation>
    </message>
    <message>
        <source>Tag key=value, then Enter</source>
        <translation>输入标签 key=value 后按 Enter</translation>
    </message>
    <message>
        <source>Show only images with these tags (key=value, separated by commas; the cloud filters)</source>
        <translation>仅显示带有这些标签的镜像（key=value，用逗号分隔；由云端过滤）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the images shown as a CSV file</source>
        <translation>将显示的镜像保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Image properties</source>
        <translation>镜像属性</translation>
    </message>
    <message>
        <source>See and change the projects this image is shared with</source>
        <translation>查看和更改此镜像共享的目标项目</translation>
    </message>
    <message>
        <source>%1 was not answered: %2</source>
        <translation>未能答复 %1：%2</translation>
    </message>
    <message>
        <source>The cloud runs job %2 for %1; the job monitor follows it.</source>
        <translation>云正在为 %1 运行任务 %2；任务监视器会跟踪它。</translation>
    </message>
    <message>
        <source>%1 was accepted.</source>
        <translation>已接受 %1。</translation>
    </message>
    <message>
        <source>%1 was rejected.</source>
        <translation>已拒绝 %1。</translation>
    </message>
    <message>
        <source>Sh&amp;are…</source>
        <translation>共享(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;With shared and public images</source>
        <translation>包括共享和公共镜像(&amp;W)</translation>
    </message>
    <message>
        <source>Also list the public images and the images other projects shared with this one (accept or reject them from the context menu)</source>
        <translation>同时列出公共镜像以及其他项目共享给本项目的镜像（可在右键菜单中接受或拒绝）</translation>
    </message>
    <message>
        <source>Copy the image within this region (optionally encrypted) or to another region</source>
        <translation>在本区域内（可选加密）或向其他区域复制镜像</translation>
    </message>
    <message>
        <source>Write the image as a file into an OBS bucket</source>
        <translation>将镜像作为文件写入OBS桶</translation>
    </message>
    <message>
        <source>Cop&amp;y…</source>
        <translation>复制(&amp;Y)…</translation>
    </message>
    <message>
        <source>Export to &amp;OBS…</source>
        <translation>导出到OBS(&amp;O)…</translation>
    </message>
    <message>
        <source>%1 is not listed: %2</source>
        <translation>未列出 %1：%2</translation>
    </message>
    <message>
        <source>Select the images of one profile: each profile deletes its own</source>
        <translation>请选择同一个配置文件的镜像：每个配置文件删除自己的镜像</translation>
    </message>
    <message>
        <source>All profile&amp;s</source>
        <translation>所有配置文件(&amp;S)</translation>
    </message>
    <message>
        <source>List the images of every saved profile, each signed in with the secret stored for it</source>
        <translation>列出所有已保存配置文件的镜像，每个配置文件使用为其保存的密钥登录</translation>
    </message>
</context>
<context>
    <name>ImageListModel</name>
    <message>
        <source>%1 GB</source>
        <extracomment>Minimum disk size of an image. %1 = size in GB</extracomment>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>镜像格式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Min. disk</source>
        <translation>最小磁盘</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
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
    <message>
        <source>Enter the image file as bucket:file.</source>
        <translation>请按bucket:file格式输入镜像文件。</translation>
    </message>
    <message>
        <source>Write the image file as bucket:file (the OBS bucket name, a colon, the file name).</source>
        <extracomment>bucket:file is the format of the OBS file address; keep it as it is</extracomment>
        <translation>请按bucket:file格式填写镜像文件（OBS桶名称、冒号、文件名）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OBS bucket name: 3 to 63 lowercase letters, digits, hyphens or periods, starting and ending with a letter or digit.</source>
        <extracomment>%1 = the bucket name typed</extracomment>
        <translation>“%1”不是有效的OBS桶名称：须为3到63个小写字母、数字、连字符或句点，并以字母或数字开头和结尾。</translation>
    </message>
    <message>
        <source>Enter the file name after the colon.</source>
        <translation>请在冒号后输入文件名。</translation>
    </message>
    <message>
        <source>Enter the disk size in GB.</source>
        <translation>请以GB为单位输入磁盘容量。</translation>
    </message>
    <message>
        <source>The disk size must be between %1 GB and %2 GB.</source>
        <extracomment>%1 = lowest size, %2 = highest size, in GB</extracomment>
        <translation>磁盘容量必须介于%1 GB和%2 GB之间。</translation>
    </message>
    <message>
        <source>“%1”: OBS file and folder names here cannot contain spaces. Rename the object in the bucket, or upload it again under a name without spaces.</source>
        <translation>“%1”：此处OBS文件名和文件夹名不能包含空格。请在桶中重命名该对象，或以不含空格的名称重新上传。</translation>
    </message>
</context>
<context>
    <name>ImagesCommand</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>The image library: list, show, change and delete the images of a cloud.
Actions: list, show, set, delete. &quot;imagewright images ACTION --help&quot; shows the options of one.</source>
        <translation>镜像库：列出、显示、更改和删除云上的镜像。
操作：list、show、set、delete。“imagewright images ACTION --help”显示某个操作的选项。</translation>
    </message>
    <message>
        <source>list, show, set or delete</source>
        <translation>list、show、set 或 delete</translation>
    </message>
    <message>
        <source>Give an action: imagewright images list|show|set|delete</source>
        <translation>请指定镜像操作：imagewright images list|show|set|delete</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;. Use list, show, set or delete.</source>
        <translation>未知操作“%1”。请使用 list、show、set 或 delete。</translation>
    </message>
    <message>
        <source>The saved cloud profile to use (name or id). Without it, the OpenStack environment (OS_CLOUD, or OS_AUTH_URL and the rest) is used.</source>
        <translation>要使用的已保存云配置文件（名称或ID）。未指定时，使用 OpenStack 环境变量（OS_CLOUD，或 OS_AUTH_URL 等）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The image API to use: ims or glance (default: IMS for Huawei Cloud, Open Telekom Cloud and the demo cloud, Glance otherwise).</source>
        <translation>要使用的镜像API：ims 或 glance（默认：Huawei Cloud、Open Telekom Cloud 和演示云使用 IMS，其他使用 Glance）。</translation>
    </message>
    <message>
        <source>api</source>
        <translation>api</translation>
    </message>
    <message>
        <source>Print JSON (stable keys) instead of text.</source>
        <translation>输出 JSON（键名稳定）而不是文本。</translation>
    </message>
    <message>
        <source>Only images in this status (e.g. active, queued).</source>
        <translation>仅此状态的镜像（例如 active、queued）。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add a tag, or give a tag a new value (repeatable).</source>
        <translation>添加标签，或为标签设置新值（可重复）。</translation>
    </message>
    <message>
        <source>Only images with this tag (repeatable).</source>
        <translation>仅带有此标签的镜像（可重复）。</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>新名称。</translation>
    </message>
    <message>
        <source>Only images with exactly this name.</source>
        <translation>仅名称完全一致的镜像。</translation>
    </message>
    <message>
        <source>Every image the project can see (public and shared ones too).</source>
        <translation>项目可见的所有镜像（包括公共镜像和共享镜像）。</translation>
    </message>
    <message>
        <source>Images per request (default %1).</source>
        <translation>每次请求的镜像数（默认 %1）。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>The new description (empty: remove it).</source>
        <translation>新描述（为空时删除）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Remove the tag with this key (repeatable).</source>
        <translation>删除具有此键的标签（可重复）。</translation>
    </message>
    <message>
        <source>key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>The minimum memory in MB.</source>
        <translation>最小内存（MB）。</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>The maximum memory in MB (IMS).</source>
        <translation>最大内存（MB，IMS）。</translation>
    </message>
    <message>
        <source>The minimum disk in GB (Glance).</source>
        <translation>最小磁盘（GB，Glance）。</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Protect the image from deletion: yes or no (Glance).</source>
        <translation>保护镜像不被删除：yes 或 no（Glance）。</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>Delete without asking (needed when standard input is not a terminal).</source>
        <translation>不经确认直接删除（标准输入不是终端时必需）。</translation>
    </message>
    <message>
        <source>Also delete the backups of full-ECS images (IMS delete_backup).</source>
        <translation>同时删除整机镜像的备份（IMS delete_backup）。</translation>
    </message>
    <message>
        <source>Lists the images, every page of them.</source>
        <translation>列出镜像（所有页）。</translation>
    </message>
    <message>
        <source>Shows one image with every property.</source>
        <translation>显示一个镜像及其所有属性。</translation>
    </message>
    <message>
        <source>The image&apos;s ID.</source>
        <translation>镜像的ID。</translation>
    </message>
    <message>
        <source>Changes an image: what is given changes, the rest stays as it is.</source>
        <translation>更改镜像：仅更改指定的内容，其余保持不变。</translation>
    </message>
    <message>
        <source>Deletes images.</source>
        <translation>删除镜像。</translation>
    </message>
    <message>
        <source>The IDs of the images.</source>
        <translation>镜像的ID。</translation>
    </message>
    <message>
        <source>Unknown API &quot;%1&quot;. Use ims or glance.</source>
        <extracomment>%1 = what was given</extracomment>
        <translation>未知API“%1”。请使用 ims 或 glance。</translation>
    </message>
    <message>
        <source>--page-size needs a whole number from 1 to 1000.</source>
        <translation>--page-size 需要 1 到 1000 之间的整数。</translation>
    </message>
    <message>
        <source>Give the image&apos;s ID.</source>
        <translation>请提供镜像的ID。</translation>
    </message>
    <message>
        <source>Give the IDs of the images to delete.</source>
        <translation>请提供要删除的镜像的ID。</translation>
    </message>
    <message>
        <source>%1 needs a whole number.</source>
        <extracomment>%1 = the option, e.g. --min-ram</extracomment>
        <translation>%1 需要整数。</translation>
    </message>
    <message>
        <source>--protected needs yes or no.</source>
        <translation>--protected（保护）需要 yes 或 no。</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <source>The change is not valid; nothing was sent:</source>
        <translation>更改无效；未发送任何内容：</translation>
    </message>
    <message>
        <source>Nothing was deleted: give --yes to delete without a question (standard input is not a terminal, so there is nobody to ask).</source>
        <translation>未删除任何内容：请指定 --yes 以不经确认直接删除（标准输入不是终端，无法询问）。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s): %1? [y/N] </source>
        <extracomment>%n = number of images, %1 = their IDs</extracomment>
        <translation>
            <numerusform>删除 %n 个镜像：%1？[y/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>未删除任何内容。</translation>
    </message>
    <message>
        <source>The cloud&apos;s catalog has no image service; its images cannot be listed.</source>
        <translation>云的服务目录中没有镜像服务；无法列出其镜像。</translation>
    </message>
    <message>
        <source>No images.</source>
        <translation>没有镜像。</translation>
    </message>
    <message>
        <source>There is no image %1.</source>
        <extracomment>%1 = image ID</extracomment>
        <translation>镜像 %1 不存在。</translation>
    </message>
    <message>
        <source>Image %1 was not changed:</source>
        <extracomment>%1 = image ID</extracomment>
        <translation>镜像 %1 未更改：</translation>
    </message>
    <message>
        <source>Image %1 was changed.</source>
        <translation>已更改镜像 %1。</translation>
    </message>
    <message>
        <source>Image %1 was not deleted: %2</source>
        <extracomment>%1 = image ID, %2 = the cloud&apos;s answer</extracomment>
        <translation>镜像 %1 未删除：%2</translation>
    </message>
    <message>
        <source>The image library: list, show, change, delete and share the images of a cloud.
Actions: list, show, set, delete, share, unshare, members, accept, reject. &quot;imagewright images ACTION --help&quot; shows the options of one.</source>
        <translation>镜像库：列出、查看、修改、删除和共享云上的镜像。
操作：list、show、set、delete、share、unshare、members、accept、reject。&quot;imagewright images 操作 --help&quot; 显示某个操作的选项。</translation>
    </message>
    <message>
        <source>list, show, set, delete, share, unshare, members, accept or reject</source>
        <translation>list、show、set、delete、share、unshare、members、accept 或 reject</translation>
    </message>
    <message>
        <source>Give an action: imagewright images list|show|set|delete|share|unshare|members|accept|reject</source>
        <translation>请指定镜像操作：imagewright images list|show|set|delete|share|unshare|members|accept|reject</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;. Use list, show, set, delete, share, unshare, members, accept or reject.</source>
        <translation>未知操作“%1”。请使用 list、show、set、delete、share、unshare、members、accept 或 reject。</translation>
    </message>
    <message>
        <source>The image library: list, show, change, delete, share, copy and export the images of a cloud.
Actions: list, show, set, delete, share, unshare, members, accept, reject, copy, export. &quot;imagewright images ACTION --help&quot; shows the options of one.</source>
        <translation>镜像库：列出、查看、修改、删除、共享、复制和导出云中的镜像。
操作：list、show、set、delete、share、unshare、members、accept、reject、copy、export。“imagewright images 操作 --help”显示某个操作的选项。</translation>
    </message>
    <message>
        <source>list, show, set, delete, share, unshare, members, accept, reject, copy or export</source>
        <translation>list、show、set、delete、share、unshare、members、accept、reject、copy 或 export</translation>
    </message>
    <message>
        <source>Give an action: imagewright images list|show|set|delete|share|unshare|members|accept|reject|copy|export</source>
        <translation>请指定镜像操作：imagewright images list|show|set|delete|share|unshare|members|accept|reject|copy|export</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;. Use list, show, set, delete, share, unshare, members, accept, reject, copy or export.</source>
        <translation>未知操作“%1”。请使用 list、show、set、delete、share、unshare、members、accept、reject、copy 或 export。</translation>
    </message>
    <message>
        <source>Only images created on or after this date (YYYY-MM-DD, UTC, or YYYY-MM-DDThh:mm:ssZ).</source>
        <translation>仅限在此日期或之后创建的镜像（YYYY-MM-DD，UTC，或 YYYY-MM-DDThh:mm:ssZ）。</translation>
    </message>
    <message>
        <source>Only images created before this date (YYYY-MM-DD, UTC, or YYYY-MM-DDThh:mm:ssZ).</source>
        <translation>仅限在此日期之前创建的镜像（YYYY-MM-DD，UTC，或 YYYY-MM-DDThh:mm:ssZ）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ, not &quot;%2&quot;.</source>
        <translation>--%1 需要 YYYY-MM-DD 或 YYYY-MM-DDThh:mm:ssZ 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>--created-after must be before --created-before.</source>
        <translation>--created-after 必须早于 --created-before。</translation>
    </message>
</context>
<context>
    <name>ImagesOutput</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Min. disk</source>
        <translation>最小磁盘</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <extracomment>Minimum disk size of an image. %1 = size in GB</extracomment>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <source>Job marker</source>
        <translation>任务标记</translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation>属性：</translation>
    </message>
</context>
<context>
    <name>ImportProfilesDialog</name>
    <message>
        <source>Import Cloud Profiles</source>
        <translation>导入云配置文件</translation>
    </message>
    <message>
        <source>Profiles from a clouds.yaml (with its secure.yaml) or an openrc file. Passwords and other secrets found there go to the system keychain only; the files are not changed.</source>
        <translation>从clouds.yaml（及其secure.yaml）或openrc文件创建配置文件。其中的密码等密钥只会保存到系统钥匙串中；文件不会被修改。</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose a clouds.yaml or an openrc file</source>
        <translation>选择clouds.yaml或openrc文件</translation>
    </message>
    <message>
        <source>&amp;Search Again</source>
        <translation>重新搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Look for clouds.yaml where the OpenStack tools look: OS_CLIENT_CONFIG_FILE, the current folder, ~/.config/openstack, /etc/openstack</source>
        <translation>在OpenStack工具查找的位置搜索clouds.yaml：OS_CLIENT_CONFIG_FILE、当前文件夹、~/.config/openstack、/etc/openstack</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置文件名称</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <comment>authentication method column</comment>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>column: whether and why a row can be imported</comment>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;Import Checked</source>
        <translation>导入选中项(&amp;I)</translation>
    </message>
    <message>
        <source>Use for This Session Only</source>
        <translation>仅用于本次会话</translation>
    </message>
    <message>
        <source>Keep the secrets in memory until Imagewright quits; they are not saved anywhere.</source>
        <translation>在Imagewright退出前将密钥保存在内存中；不会保存到任何地方。</translation>
    </message>
    <message>
        <source>No file read yet.</source>
        <translation>尚未读取任何文件。</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <extracomment>%1 = file paths</extracomment>
        <translation>已读取：%1</translation>
    </message>
    <message>
        <source>Open clouds.yaml or openrc File</source>
        <translation>打开clouds.yaml或openrc文件</translation>
    </message>
    <message>
        <source>OpenStack settings (clouds.yaml clouds.yml *.yaml *.yml *.json *openrc* *.sh);;All files (*)</source>
        <translation>OpenStack设置 (clouds.yaml clouds.yml *.yaml *.yml *.json *openrc* *.sh);;所有文件 (*)</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>任意区域</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Cannot be imported: %1</source>
        <extracomment>%1 = the first reason a row cannot be imported</extracomment>
        <translation>无法导入：%1</translation>
    </message>
    <message>
        <source>A profile named “%1” exists: check to import this one as “%2”, or leave it unchecked to skip it.</source>
        <extracomment>%1 = the name in the file, which a saved profile has; %2 = the suggested new name</extracomment>
        <translation>已存在名为“%1”的配置文件：勾选则以“%2”导入此项，不勾选则跳过。</translation>
    </message>
    <message>
        <source>Ready; the secret is asked for at the first sign-in</source>
        <translation>就绪；首次登录时会询问密钥</translation>
    </message>
    <message>
        <source>Ready; the secret goes to the system keychain</source>
        <translation>就绪；密钥将保存到系统钥匙串</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>请输入配置文件名称。</translation>
    </message>
    <message>
        <source>Another profile already has the name “%1”: rename this one or leave it unchecked.</source>
        <extracomment>%1 = profile name</extracomment>
        <translation>已有其他配置文件名为“%1”：请重命名此项或取消勾选。</translation>
    </message>
    <message>
        <source>Check the profiles to import.</source>
        <translation>请勾选要导入的配置文件。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) imported.</source>
        <translation>
            <numerusform>已导入%n个配置文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The system keychain did not take the secrets of %1 (%2). They were not written anywhere else: use them for this session only, or enter them in the profile editor later.</source>
        <extracomment>%1 = profile names, %2 = the keychain&apos;s reason. Nothing is written elsewhere.</extracomment>
        <translation>系统钥匙串未能保存%1的密钥（%2）。它们未被写入其他任何地方：可仅用于本次会话，或稍后在配置文件编辑器中输入。</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) use their secret until Imagewright quits. It is not saved.</source>
        <translation>
            <numerusform>%n个配置文件在Imagewright退出前使用其密钥。密钥不会被保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles found</source>
        <comment>the list of profiles read from the files</comment>
        <translation>找到的配置文件</translation>
    </message>
</context>
<context>
    <name>ImsDataDiskPage</name>
    <message>
        <source>The system disk of an ECS: use &quot;System disk image from an ECS&quot; for it.</source>
        <translation>这是ECS的系统盘：请对其使用“从ECS创建系统盘镜像”。</translation>
    </message>
    <message>
        <source>IMS cannot use a disk that is %1.</source>
        <extracomment>%1 = the volume&apos;s status as the cloud reports it</extracomment>
        <translation>IMS无法使用状态为%1的磁盘。</translation>
    </message>
    <message>
        <source>Not marked bootable: make sure an OS is installed on it.</source>
        <translation>未标记为可启动：请确认其中已安装操作系统。</translation>
    </message>
    <message>
        <source>IMS makes a private system disk image from a data disk that holds an installed operating system.</source>
        <translation>IMS从已安装操作系统的数据盘创建私有系统盘镜像。</translation>
    </message>
    <message>
        <source>OS &amp;version:</source>
        <translation>操作系统版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Image &amp;type:</source>
        <translation>镜像类型(&amp;T)：</translation>
    </message>
    <message>
        <source>ECS and FusionCompute: an ECS image. BMS and Ironic: a BMS image.</source>
        <translation>ECS和FusionCompute：ECS镜像。BMS和Ironic：BMS镜像。</translation>
    </message>
    <message>
        <source>Data disk</source>
        <comment>group box title: the volume the image is made from</comment>
        <translation>数据盘</translation>
    </message>
    <message>
        <source>Before you start, make sure an OS is installed on the data disk and has been optimized (see &quot;Optimizing a Windows Private Image&quot; and &quot;Optimizing a Linux Private Image&quot; in the IMS User Guide). IMS cannot verify the OS on the disk: choose the OS version carefully, or the image may be unusable.</source>
        <translation>开始之前，请确保数据盘上已安装操作系统并已完成优化（参见IMS用户指南中的“优化Windows私有镜像”和“优化Linux私有镜像”）。IMS无法校验磁盘上的操作系统：请谨慎选择操作系统版本，否则镜像可能无法使用。</translation>
    </message>
</context>
<context>
    <name>ImsDataDiskRequest</name>
    <message>
        <source>Choose the data disk that holds the OS.</source>
        <translation>请选择装有操作系统的数据盘。</translation>
    </message>
    <message>
        <source>Choose the OS version: IMS cannot check the OS on a data disk, and a wrong value can make the image unusable.</source>
        <translation>请选择操作系统版本：IMS无法检查数据盘上的操作系统，错误的值可能导致镜像无法使用。</translation>
    </message>
    <message>
        <source>The image type must be one of %1.</source>
        <extracomment>%1 = the list of image types</extracomment>
        <translation>镜像类型必须为%1之一。</translation>
    </message>
    <message>
        <source>A system disk image from a data disk takes volume_id only; remove instance_id and data_images.</source>
        <translation>从数据盘创建系统盘镜像时只使用volume_id；请删除instance_id和data_images。</translation>
    </message>
</context>
<context>
    <name>ImsDataDisksPage</name>
    <message>
        <source>This is the ECS&apos;s system disk; make its image with &quot;System disk image from an ECS&quot;.</source>
        <translation>这是ECS的系统盘；请使用“从ECS创建系统盘镜像”为其创建镜像。</translation>
    </message>
    <message>
        <source>The disk is %1; IMS needs a data disk attached to the ECS (in-use).</source>
        <extracomment>%1 = the volume&apos;s status as the cloud reports it</extracomment>
        <translation>此磁盘的状态为%1；IMS需要已挂载到ECS的数据盘（in-use）。</translation>
    </message>
    <message>
        <source>Choose the ECS whose data disks to image.</source>
        <translation>请选择要为其数据盘创建镜像的ECS。</translation>
    </message>
    <message>
        <source>This ECS has no disks attached.</source>
        <translation>此ECS未挂载任何磁盘。</translation>
    </message>
    <message>
        <source>Reading the ECS&apos;s disks…</source>
        <translation>正在读取ECS的磁盘…</translation>
    </message>
    <message>
        <source>Tick the data disks to make images of. Each image needs a name.</source>
        <translation>请勾选要创建镜像的数据盘。每个镜像都需要名称。</translation>
    </message>
    <message>
        <source>IMS makes one private data disk image of each data disk you tick. The images are made from the disks as they are attached to the ECS.</source>
        <translation>IMS为您勾选的每个数据盘各创建一个私有数据盘镜像。镜像根据磁盘挂载在ECS上的当前状态创建。</translation>
    </message>
    <message>
        <source>ECS</source>
        <comment>group box title: the server the image is made from</comment>
        <translation>ECS</translation>
    </message>
    <message>
        <source>Data disks</source>
        <comment>group box title</comment>
        <translation>数据盘</translation>
    </message>
    <message>
        <source>Use</source>
        <comment>column: image this disk</comment>
        <translation>选择</translation>
    </message>
    <message>
        <source>Device</source>
        <comment>column: where the disk is attached, e.g. /dev/vdb</comment>
        <translation>设备</translation>
    </message>
    <message>
        <source>Size (GB)</source>
        <comment>column</comment>
        <translation>容量 (GB)</translation>
    </message>
    <message>
        <source>Disk</source>
        <comment>column: the volume&apos;s name</comment>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Image name</source>
        <comment>column</comment>
        <translation>镜像名称</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>column</comment>
        <translation>描述</translation>
    </message>
    <message>
        <source>&amp;Enterprise project ID:</source>
        <translation>企业项目ID(&amp;E)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>placeholder of an optional field</comment>
        <translation>可选</translation>
    </message>
    <message>
        <source>Tags of every data disk image</source>
        <comment>group box title</comment>
        <translation>所有数据盘镜像的标签</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 = the disk&apos;s device (/dev/vdb), %2 = the message about it</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ImsDataDisksRequest</name>
    <message>
        <source>Choose at least one data disk.</source>
        <translation>请至少选择一个数据盘。</translation>
    </message>
    <message>
        <source>Choose the data disk.</source>
        <translation>请选择数据盘。</translation>
    </message>
    <message>
        <source>This data disk is listed twice.</source>
        <translation>此数据盘被重复列出。</translation>
    </message>
    <message>
        <source>Data disk images are requested with data_images only; remove instance_id (the document: &quot;You cannot specify instance_id&quot;).</source>
        <translation>数据盘镜像只能通过data_images请求；请删除instance_id（文档：“不能指定instance_id”）。</translation>
    </message>
</context>
<context>
    <name>ImsEcsPage</name>
    <message>
        <source>IMS makes a private image of the ECS&apos;s system disk. Name and description follow the Image Management Service rules.</source>
        <translation>IMS将ECS的系统盘制作为私有镜像。名称和描述须遵循镜像服务（IMS）的规则。</translation>
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
        <source>data_images belongs to the data disk image method, not to this one.</source>
        <translation>data_images属于数据盘镜像的创建方式，不适用于此方式。</translation>
    </message>
</context>
<context>
    <name>ImsImageFieldsEditor</name>
    <message>
        <source>Nam&amp;e:</source>
        <comment>image name</comment>
        <translation>镜像名称(&amp;E)：</translation>
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
        <source>Enterprise &amp;project ID:</source>
        <translation>企业项目ID(&amp;P)：</translation>
    </message>
    <message>
        <source>Tags</source>
        <comment>group box title</comment>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>ImsObsFileRequest</name>
    <message>
        <source>The OS type must be one of %1.</source>
        <extracomment>%1 = the list of OS types</extracomment>
        <translation>操作系统类型必须为%1之一。</translation>
    </message>
    <message>
        <source>Choose the OS version: it is mandatory for an ISO file.</source>
        <translation>请选择操作系统版本：ISO文件必选此项。</translation>
    </message>
    <message>
        <source>Choose the OS version: it is mandatory for a quick import.</source>
        <translation>请选择操作系统版本：快速导入时必选此项。</translation>
    </message>
    <message numerus="yes">
        <source>An image file can bring at most %n data disk(s).</source>
        <extracomment>%n = the maximum number of data disks</extracomment>
        <translation>
            <numerusform>一个镜像文件最多可包含%n个数据盘。</numerusform>
        </translation>
    </message>
    <message>
        <source>An image from an OBS file takes image_url only; remove instance_id and volume_id.</source>
        <translation>从OBS文件创建镜像时只使用image_url；请删除instance_id和volume_id。</translation>
    </message>
</context>
<context>
    <name>ImsObsPage</name>
    <message>
        <source>IMS registers an external image file uploaded to an OBS bucket as a private image, with up to three data disks from files of their own.</source>
        <translation>IMS将已上传到OBS桶的外部镜像文件注册为私有镜像，并可附带最多三个数据盘，每个数据盘来自各自的文件。</translation>
    </message>
    <message>
        <source>Image &amp;file:</source>
        <comment>OBS file of the system disk</comment>
        <translation>镜像文件(&amp;F)：</translation>
    </message>
    <message>
        <source>bucket:file, e.g. %1</source>
        <translation>bucket:file，例如%1</translation>
    </message>
    <message>
        <source>Minimum system disk (&amp;GB):</source>
        <translation>最小系统盘 (GB)(&amp;G)：</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>disk size not given yet</comment>
        <translation>未设置</translation>
    </message>
    <message>
        <source>%1–%2 GB</source>
        <translation>%1–%2 GB</translation>
    </message>
    <message>
        <source>OS t&amp;ype:</source>
        <translation>操作系统类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>OS type left out of the request</comment>
        <translation>未设置</translation>
    </message>
    <message>
        <source>OS &amp;version:</source>
        <translation>操作系统版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Automatic &amp;configuration (is_config)</source>
        <translation>自动配置(&amp;C)（is_config）</translation>
    </message>
    <message>
        <source>&amp;Quick import (is_quick_import)</source>
        <translation>快速导入(&amp;Q)（is_quick_import）</translation>
    </message>
    <message>
        <source>Encryption &amp;key ID (cmk_id):</source>
        <translation>加密密钥ID(&amp;K)（cmk_id）：</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>placeholder of an optional field</comment>
        <translation>可选</translation>
    </message>
    <message>
        <source>Data disks</source>
        <comment>group box title</comment>
        <translation>数据盘</translation>
    </message>
    <message>
        <source>Add da&amp;ta disk</source>
        <translation>添加数据盘(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <source>An image file can bring at most %n data disk(s).</source>
        <extracomment>%n = the maximum number of data disks</extracomment>
        <translation>
            <numerusform>一个镜像文件最多可包含%n个数据盘。</numerusform>
        </translation>
    </message>
    <message>
        <source>The OBS bucket&apos;s storage class must be Standard.</source>
        <translation>OBS桶的存储类别必须为Standard。</translation>
    </message>
    <message>
        <source>The file is an ISO image: the OS version is mandatory.</source>
        <translation>该文件为ISO镜像：操作系统版本为必选项。</translation>
    </message>
    <message>
        <source>Quick import needs the OS version.</source>
        <translation>快速导入需要指定操作系统版本。</translation>
    </message>
    <message>
        <source>Automatic configuration lets IMS configure the image&apos;s drivers and settings for the cloud (see &quot;Registering an External Image File as a Private Image&quot; in the IMS User Guide).</source>
        <translation>自动配置让IMS为云端配置镜像的驱动和设置（参见IMS用户指南中的“将外部镜像文件注册为私有镜像”）。</translation>
    </message>
    <message>
        <source>The data disk images must have the same OS type as the system disk image.</source>
        <translation>数据盘镜像的操作系统类型必须与系统盘镜像相同。</translation>
    </message>
    <message>
        <source>OB&amp;S bucket:</source>
        <translation>OBS桶(&amp;S):</translation>
    </message>
    <message>
        <source>Ob&amp;ject:</source>
        <comment>OBS object list of method 3&apos;s page</comment>
        <translation>对象(&amp;J):</translation>
    </message>
</context>
<context>
    <name>InsecureBanner</name>
    <message>
        <source>Certificate checks are off for the profile “%1” (insecure TLS): anyone on the network path could read or change the traffic, the token included. Choose the cloud&apos;s CA bundle file in Cloud Profiles instead.</source>
        <extracomment>Persistent warning. %1 = profile name</extracomment>
        <translation>配置文件“%1”已关闭证书检查（不安全的TLS）：网络路径上的任何人都可以读取或篡改通信内容，包括令牌。请改为在云配置文件中选择云的CA证书包文件。</translation>
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
    <message>
        <source>Upload:</source>
        <translation>上传：</translation>
    </message>
    <message>
        <source>&amp;Resume Upload</source>
        <translation>继续上传(&amp;R)</translation>
    </message>
    <message>
        <source>Upload the image file again to the queued image (the whole file: Glance has no partial upload).</source>
        <translation>将镜像文件重新上传到排队中的镜像（整个文件：Glance 不支持部分上传）。</translation>
    </message>
    <message>
        <source>Cancel &amp;Upload</source>
        <translation>取消上传(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete Image</source>
        <translation>删除镜像(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the image on the cloud.</source>
        <translation>删除云上的镜像。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 = bytes sent, %2 = file size (e.g. &quot;1.2 GB of 4.0 GB&quot;)</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>%1 = time left such as &quot;4 min 05 s&quot;</extracomment>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>incomplete: %1 of %2 sent; the image is queued</source>
        <extracomment>%1 = bytes sent before it stopped, %2 = file size</extracomment>
        <translation>未完成：已发送 %1 / %2；镜像处于排队状态</translation>
    </message>
    <message>
        <source>%1 uploaded</source>
        <extracomment>%1 = file size</extracomment>
        <translation>已上传 %1</translation>
    </message>
    <message>
        <source>Go on with the multipart upload: the parts the bucket holds are checked against the file and only the missing ones are sent, then IMS imports the object.</source>
        <translation>继续多段上传：将桶中已有的分段与文件核对，只发送缺少的分段，然后 IMS 导入该对象。</translation>
    </message>
    <message>
        <source>Abort the multipart upload: the parts sent are deleted from the bucket and the job ends cancelled.</source>
        <translation>中止多段上传：已发送的分段将从桶中删除，任务以已取消结束。</translation>
    </message>
    <message>
        <source>%1 of %2, %3 of %4 parts, to %5</source>
        <translation>%1 / %2，分段 %3 / %4，目标 %5</translation>
    </message>
    <message>
        <source>%1 uploaded to %2</source>
        <translation>已上传 %1 到 %2</translation>
    </message>
    <message>
        <source>not completed; no upload left in %1</source>
        <translation>未完成；%1 中未留下上传</translation>
    </message>
    <message>
        <source>incomplete: %1 of %2 parts in %3; Resume sends the missing ones</source>
        <translation>未完成：%3 中有 %1 / %2 个分段；继续将发送缺少的分段</translation>
    </message>
    <message>
        <source>being uploaded to %2 by another process, %1; Resume is offered once it has ended</source>
        <translation>另一个进程 %1 正在上传到 %2；该进程结束后可继续上传</translation>
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
        <source>the compute service sent no version document</source>
        <translation>计算服务未返回版本文档</translation>
    </message>
    <message>
        <source>Compute API microversion %1</source>
        <extracomment>%1 = a compute API microversion such as 2.45</extracomment>
        <translation>计算API微版本 %1</translation>
    </message>
    <message>
        <source>Accepted by the compute service: image %1</source>
        <extracomment>%1 = the image ID</extracomment>
        <translation>计算服务已接受：镜像 %1</translation>
    </message>
    <message>
        <source>The compute service removed the image after a failure (it was purged). The server&apos;s instance actions tell the cause.</source>
        <translation>计算服务在失败后删除了镜像（已清除）。原因可在云服务器的实例操作记录中查看。</translation>
    </message>
    <message>
        <source>The image ended as %1.</source>
        <extracomment>%1 = the image&apos;s status as Glance reports it (killed, deleted, ...)</extracomment>
        <translation>镜像最终状态为 %1。</translation>
    </message>
    <message>
        <source>Block storage API microversion %1</source>
        <extracomment>%1 = a block storage API microversion such as 3.1</extracomment>
        <translation>块存储 API 微版本 %1</translation>
    </message>
    <message>
        <source>Block storage API without microversions</source>
        <translation>块存储 API 无微版本</translation>
    </message>
    <message>
        <source>Accepted by the block storage service: image %1</source>
        <extracomment>%1 = the image ID</extracomment>
        <translation>块存储服务已接受：镜像 %1</translation>
    </message>
    <message>
        <source>The volume was deleted while it was being uploaded.</source>
        <translation>云硬盘在上传期间被删除。</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <extracomment>%1 = the volume&apos;s status as Cinder reports it (uploading, available, ...)</extracomment>
        <translation>云硬盘 %1</translation>
    </message>
    <message>
        <source>The volume went to the status %1: the block storage service could not upload it to the image.</source>
        <extracomment>%1 = the volume&apos;s status (error, error_extending, ...)</extracomment>
        <translation>云硬盘状态变为 %1：块存储服务未能将其上传到镜像。</translation>
    </message>
    <message>
        <source>The image is gone: the block storage service deleted it after the upload failed.</source>
        <translation>镜像已不存在：上传失败后块存储服务将其删除。</translation>
    </message>
    <message>
        <source>The image is active but could not be registered in every availability zone (%1). Delete the image, then create it again.</source>
        <extracomment>%1 = the cloud&apos;s sync_status_reason text, verbatim</extracomment>
        <translation>镜像为 active，但未能注册到所有可用区（%1）。请删除镜像后重新创建。</translation>
    </message>
    <message>
        <source>The app stopped while the image file was being uploaded.</source>
        <translation>上传镜像文件时应用已停止。</translation>
    </message>
    <message>
        <source>the cloud answered with image %2 instead of the chosen ID %1</source>
        <extracomment>%1 = the ID Imagewright chose, %2 = the one in the answer</extracomment>
        <translation>云返回的是镜像 %2，而不是所选的 ID %1</translation>
    </message>
    <message>
        <source>Image metadata created: image %1</source>
        <extracomment>%1 = the image ID</extracomment>
        <translation>已创建镜像元数据：镜像 %1</translation>
    </message>
    <message>
        <source>The upload could not start: %1</source>
        <extracomment>%1 = why the upload could not start</extracomment>
        <translation>无法开始上传：%1</translation>
    </message>
    <message>
        <source>the cloud profile is not available</source>
        <translation>云配置不可用</translation>
    </message>
    <message>
        <source>the image file %1 cannot be read (%2)</source>
        <extracomment>%1 = file path, %2 = the file system&apos;s message</extracomment>
        <translation>无法读取镜像文件 %1（%2）</translation>
    </message>
    <message>
        <source>the image file %1 changed size since the request was made</source>
        <extracomment>%1 = file path</extracomment>
        <translation>创建请求后镜像文件 %1 的大小已改变</translation>
    </message>
    <message>
        <source>Uploading the image file %1 (%2)</source>
        <extracomment>%1 = file name, %2 = its size such as &quot;1.2 GB&quot;</extracomment>
        <translation>正在上传镜像文件 %1（%2）</translation>
    </message>
    <message>
        <source>Upload cancelled by the operator.</source>
        <translation>操作员已取消上传。</translation>
    </message>
    <message>
        <source>At the current rate the upload needs about %1 more, but the sign-in token expires in %2. The cloud may then refuse the rest and drop the data; a faster link or a longer token lifetime avoids this.</source>
        <extracomment>%1 = estimated time left, %2 = time until the token expires</extracomment>
        <translation>按当前速度，上传还需约 %1，但登录令牌将在 %2 后过期。届时云可能拒绝剩余部分并丢弃数据；更快的网络或更长的令牌有效期可避免此问题。</translation>
    </message>
    <message>
        <source>Image file uploaded</source>
        <translation>镜像文件已上传</translation>
    </message>
    <message>
        <source>Upload cancelled by the operator. The image stays queued: resume the upload or delete it.</source>
        <translation>操作员已取消上传。镜像仍处于排队状态：请继续上传或删除镜像。</translation>
    </message>
    <message>
        <source>The upload failed: %1</source>
        <extracomment>%1 = why the upload failed</extracomment>
        <translation>上传失败：%1</translation>
    </message>
    <message>
        <source>Upload resumed by the operator (the whole file is sent again: Glance has no partial upload).</source>
        <translation>操作员已继续上传（重新发送整个文件：Glance 不支持部分上传）。</translation>
    </message>
    <message>
        <source>The image could not be deleted: %1</source>
        <extracomment>%1 = why the image could not be deleted</extracomment>
        <translation>无法删除镜像：%1</translation>
    </message>
    <message>
        <source>Image deleted by the operator.</source>
        <translation>操作员已删除镜像。</translation>
    </message>
    <message>
        <source>The image&apos;s %1 differs from the file&apos;s: the cloud did not store the bytes that were sent. Delete the image and upload again.</source>
        <extracomment>%1 = the fields that differ, e.g. &quot;os_hash_value (sha512)&quot;</extracomment>
        <translation>镜像的 %1 与文件不一致：云未保存所发送的数据。请删除镜像并重新上传。</translation>
    </message>
    <message>
        <source>Verified: the image&apos;s %1 match the file.</source>
        <extracomment>%1 = the fields compared, e.g. &quot;checksum (MD5), os_hash_value (sha512)&quot;</extracomment>
        <translation>已校验：镜像的 %1 与文件一致。</translation>
    </message>
    <message>
        <source>Not verified: the file&apos;s digests were not computed in this session.</source>
        <translation>未校验：本次会话未计算文件摘要。</translation>
    </message>
    <message>
        <source>Not verified: the image carries no checksum this app computed (its os_hash_algo is %1).</source>
        <extracomment>%1 = the image&apos;s os_hash_algo or &quot;-&quot;</extracomment>
        <translation>未校验：镜像没有本应用计算过的校验值（其 os_hash_algo 为 %1）。</translation>
    </message>
    <message>
        <source>The image no longer exists on the cloud (it was deleted).</source>
        <translation>该镜像已不在云上（已被删除）。</translation>
    </message>
    <message>
        <source>Found the image by its chosen ID (%1): the create did take effect.</source>
        <extracomment>%1 = the image&apos;s status</extracomment>
        <translation>已通过所选 ID 找到镜像（%1）：创建已生效。</translation>
    </message>
    <message>
        <source>The image is queued and no upload is running: resume the upload or delete the image.</source>
        <translation>镜像处于排队状态且没有正在进行的上传：请继续上传或删除镜像。</translation>
    </message>
    <message>
        <source>Could not look the image up by this job&apos;s marker: %1</source>
        <extracomment>%1 = why the cloud could not be asked</extracomment>
        <translation>无法按此任务的标记查找镜像：%1</translation>
    </message>
    <message>
        <source>No image carries this job&apos;s marker: the create did not reach the cloud, or the cloud has not registered the image yet. Look again later, or remove the job and create the image again.</source>
        <translation>没有镜像带有此任务的标记：创建请求未到达云，或者云尚未登记该镜像。请稍后再查找，或移除该任务并重新创建镜像。</translation>
    </message>
    <message>
        <source>Found by its marker: the create reached the cloud (image %1).</source>
        <extracomment>%1 = image IDs</extracomment>
        <translation>已按标记找到：创建请求已到达云（镜像 %1）。</translation>
    </message>
    <message>
        <source>The image the job made was killed or deleted.</source>
        <translation>该任务创建的镜像已处于 killed 状态或已被删除。</translation>
    </message>
    <message>
        <source>The image is not active yet; look again later.</source>
        <translation>镜像尚未变为 active，请稍后再查找。</translation>
    </message>
    <message>
        <source>The cloud could not be reached (%1): its jobs wait until it answers again.</source>
        <extracomment>%1 = why the cloud could not be reached</extracomment>
        <translation>无法连接云端（%1）：其任务将等待，直到云端再次响应。</translation>
    </message>
    <message>
        <source>No time limit: the monitor waits for the end.</source>
        <translation>无时间限制：监视器将等待到结束。</translation>
    </message>
    <message>
        <source>Time limit set: the monitor stops waiting %1 after the start.</source>
        <extracomment>%1 = a duration such as &quot;2 h 0 min&quot;</extracomment>
        <translation>已设置时间限制：监视器将在开始 %1 后停止等待。</translation>
    </message>
    <message>
        <source>The monitor stopped waiting after %1, the limit set for this job. The cloud may still finish the work: Retry poll watches it again.</source>
        <extracomment>%1 = the job&apos;s time limit as a duration such as &quot;2 h 0 min&quot;</extracomment>
        <translation>监视器在 %1（为此任务设置的限制）后停止等待。云端仍可能完成该操作：“重新轮询”会再次跟踪它。</translation>
    </message>
    <message>
        <source>Watching again, without a time limit.</source>
        <translation>已重新跟踪，无时间限制。</translation>
    </message>
    <message>
        <source>Could not look the image up by its name: %1</source>
        <extracomment>%1 = why the cloud could not be asked</extracomment>
        <translation>无法按名称查找镜像：%1</translation>
    </message>
    <message>
        <source>Found image %1 named “%2”, made after the request: the upload did take effect.</source>
        <extracomment>%1 = the image ID, %2 = the image name</extracomment>
        <translation>找到请求之后创建的名为“%2”的镜像 %1：上传已生效。</translation>
    </message>
    <message>
        <source>No image with this name was made after the request, and the volume could not be read: %1</source>
        <extracomment>%1 = why the volume could not be read</extracomment>
        <translation>请求之后未创建此名称的镜像，且无法读取云硬盘：%1</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>无法读取的应答</translation>
    </message>
    <message>
        <source>The volume is uploading, but no image named “%1” made after the request was found yet. Look again later.</source>
        <extracomment>%1 = the image name</extracomment>
        <translation>云硬盘正在上传，但尚未找到请求之后创建的名为“%1”的镜像。请稍后再查找。</translation>
    </message>
    <message>
        <source>No image named “%1” was made after the request and the volume is %2: the upload did not take effect. Nothing was sent again; remove the job and upload the volume again if needed.</source>
        <extracomment>%1 = the image name, %2 = the volume&apos;s status (available, in-use, ...)</extracomment>
        <translation>请求之后未创建名为“%1”的镜像，且云硬盘为 %2：上传未生效。未重新发送任何内容；如有需要，请移除该任务并重新上传云硬盘。</translation>
    </message>
    <message>
        <source>Image %1 was made (%2).</source>
        <extracomment>%1 = image name, %2 = image ID</extracomment>
        <translation>镜像 %1 已创建（%2）。</translation>
    </message>
    <message>
        <source>Image %1 failed: %2</source>
        <extracomment>%1 = image name or sub-job ID, %2 = the cloud&apos;s error code and reason</extracomment>
        <translation>镜像 %1 创建失败：%2</translation>
    </message>
    <message>
        <source>the cloud gave no reason</source>
        <translation>云未给出原因</translation>
    </message>
    <message>
        <source>%1 of the images were made and %2 failed (see the history): %3</source>
        <extracomment>%1 = how many images were made, %2 = how many failed, %3 = the cloud&apos;s reason</extracomment>
        <translation>已创建 %1 个镜像，%2 个失败（请查看历史记录）：%3</translation>
    </message>
    <message>
        <source>The cloud has the whole file after all (the image is %1): the upload did not fail.</source>
        <extracomment>%1 = the image&apos;s status (saving, active)</extracomment>
        <translation>云已收到完整文件（镜像状态为 %1）：上传并未失败。</translation>
    </message>
    <message>
        <source>An image with the chosen ID exists: an earlier create request took effect.</source>
        <translation>已存在具有所选 ID 的镜像：之前的创建请求已生效。</translation>
    </message>
    <message>
        <source>The create request sent again was refused (%1); whether the first one took effect is not known.</source>
        <extracomment>%1 = the cloud&apos;s refusal</extracomment>
        <translation>再次发送的创建请求被拒绝（%1）；无法确定第一次请求是否已生效。</translation>
    </message>
    <message>
        <source>No answer to the create request (%1). Sending the same request again in %2 s: the image ID is chosen here, so the cloud cannot make the image twice.</source>
        <extracomment>%1 = why no answer came, %2 = seconds</extracomment>
        <translation>创建请求没有应答（%1）。将在 %2 秒后再次发送相同的请求：镜像 ID 由本程序选定，因此云不会重复创建镜像。</translation>
    </message>
    <message>
        <source>No image has the chosen ID yet: the create request may not have reached the cloud, or the cloud has not carried it out yet. Looking again.</source>
        <translation>尚无具有所选 ID 的镜像：创建请求可能未到达云，或云尚未执行。将再次查询。</translation>
    </message>
    <message>
        <source>Still no image with the chosen ID. Nothing is sent again on its own: look again with Retry Poll, or remove the job and create the image again.</source>
        <translation>仍没有具有所选 ID 的镜像。不会自动再次发送：请使用“重新轮询”再次查询，或删除该任务并重新创建镜像。</translation>
    </message>
    <message>
        <source>Stopped watching. The cloud cannot cancel this work and carries on with it; Watch Again asks it how it ended.</source>
        <translation>已停止跟踪。云无法取消此工作并会继续执行；“重新跟踪”会查询其结果。</translation>
    </message>
    <message>
        <source>Watching again.</source>
        <translation>正在重新跟踪。</translation>
    </message>
    <message>
        <source>The cloud killed the image: it refused or could not store the image data (a file whose format does not match the disk format, a file larger than the cloud allows, the image quota, or a fault while it was stored). Check the file and the quota, delete this image, and create it again.</source>
        <translation>云终止了该镜像（killed）：它拒绝或无法保存镜像数据（文件格式与镜像格式不符、文件超过云允许的大小、镜像配额，或保存时出错）。请检查文件和配额，删除此镜像后重新创建。</translation>
    </message>
    <message>
        <source>The image was deleted in the cloud before it became active (status %1). Create it again if it is still needed.</source>
        <translation>镜像在变为可用之前已在云中被删除（状态 %1）。如仍需要，请重新创建。</translation>
    </message>
    <message>
        <source>%1 cannot be sent by this version.</source>
        <translation>此版本无法发送%1。</translation>
    </message>
    <message>
        <source>Image sharing (IMS)</source>
        <translation>镜像共享 (IMS)</translation>
    </message>
    <message>
        <source>Sharing the image with %1</source>
        <translation>正在将镜像共享给 %1</translation>
    </message>
    <message>
        <source>Ending the sharing with %1</source>
        <translation>正在取消与 %1 的共享</translation>
    </message>
    <message>
        <source>Accepting the shared image</source>
        <translation>正在接受共享镜像</translation>
    </message>
    <message>
        <source>Rejecting the shared image</source>
        <translation>正在拒绝共享镜像</translation>
    </message>
    <message>
        <source>OBS bucket %1 checked: region %2, storage class %3</source>
        <translation>已检查 OBS桶 %1：区域 %2，存储类别 %3</translation>
    </message>
    <message>
        <source>Multipart upload %1 started (parts of %2)</source>
        <translation>已开始分段上传 %1（每段 %2）</translation>
    </message>
    <message>
        <source>%1 of %2 parts are already in the bucket and match the file; sending the others</source>
        <translation>%2 段中已有 %1 段在桶中且与文件一致；正在发送其余部分</translation>
    </message>
    <message>
        <source>Uploading the image file %1 (%2) to OBS bucket %3 as object %4</source>
        <translation>正在将镜像文件 %1（%2）上传到 OBS桶 %3，对象名 %4</translation>
    </message>
    <message>
        <source>Resuming multipart upload %1: asking the bucket which parts it holds</source>
        <translation>正在续传分段上传 %1：正在查询桶中已有的段</translation>
    </message>
    <message>
        <source>Image file uploaded to OBS as %1 (ETag %2)</source>
        <translation>镜像文件已上传到 OBS：%1（ETag %2）</translation>
    </message>
    <message>
        <source>Upload cancelled by the operator; the multipart upload was aborted, nothing of it is left in the bucket.</source>
        <translation>操作员已取消上传；分段上传已中止，桶中没有残留任何部分。</translation>
    </message>
    <message>
        <source>Upload cancelled by the operator, but the multipart upload could not be aborted: %1. imagewright obs uploads lists it.</source>
        <translation>操作员已取消上传，但无法中止分段上传：%1。可用 imagewright obs uploads 列出。</translation>
    </message>
    <message>
        <source>Multipart upload %1 is no longer in the bucket; uploading again</source>
        <translation>分段上传 %1 已不在桶中；重新上传</translation>
    </message>
    <message>
        <source>Upload paused; the parts sent stay in the bucket and a resume sends only the others.</source>
        <translation>上传已暂停；已发送的段保留在桶中，续传时只发送其余段。</translation>
    </message>
    <message>
        <source>The upload stopped: %1 Resuming it sends only the missing parts.</source>
        <translation>上传已停止：%1 续传时只发送缺少的段。</translation>
    </message>
    <message>
        <source>The import could not be sent: the cloud profile is not available. Resume sends it.</source>
        <translation>无法发送导入请求：云配置不可用。续传时会发送。</translation>
    </message>
    <message>
        <source>The import was not sent: the job history could not be saved (%1). Resume sends it.</source>
        <translation>未发送导入请求：无法保存任务历史（%1）。续传时会发送。</translation>
    </message>
    <message>
        <source>The import was refused: %1 The object %2 stays in the bucket; method 3 (image file in an OBS bucket) can import it without uploading again.</source>
        <translation>导入被拒绝：%1 对象 %2 保留在桶中；方法 3（OBS桶中的镜像文件）无需重新上传即可导入。</translation>
    </message>
    <message>
        <source>The object %1 could not be deleted: %2</source>
        <translation>无法删除对象 %1：%2</translation>
    </message>
    <message>
        <source>The image is active; the object %1 was deleted from the bucket (keep_object is false)</source>
        <translation>镜像已可用；对象 %1 已从桶中删除（keep_object 为 false）</translation>
    </message>
    <message>
        <source>Image copy (IMS)</source>
        <translation>镜像复制（IMS）</translation>
    </message>
    <message>
        <source>Image copy to another region (IMS)</source>
        <translation>跨区域镜像复制（IMS）</translation>
    </message>
    <message>
        <source>Image export to OBS (IMS)</source>
        <translation>镜像导出到OBS（IMS）</translation>
    </message>
    <message>
        <source>The copy is image %1.</source>
        <translation>副本为镜像 %1。</translation>
    </message>
    <message>
        <source>The cloud&apos;s job names image %1.</source>
        <translation>云端任务指明了镜像 %1。</translation>
    </message>
    <message>
        <source>Copying the image to region %1 (project %2) as %3</source>
        <translation>正在将镜像复制到区域 %1（项目 %2），名称为 %3</translation>
    </message>
    <message>
        <source>Copying the image to a new image %1</source>
        <translation>正在将镜像复制为新镜像 %1</translation>
    </message>
    <message>
        <source>Exporting the image to OBS %1 (%2)</source>
        <translation>正在将镜像导出到OBS %1（%2）</translation>
    </message>
    <message>
        <extracomment>%1 = the bitmap file&apos;s name, %2 = bucket:object</extracomment>
        <source>Uploading the RAW file&apos;s bitmap file %1 beside it as %2</source>
        <translation>正在将 RAW 文件的位表文件 %1 上传到其旁边，作为 %2</translation>
    </message>
    <message>
        <extracomment>%1 = bucket:object, %2 = the object&apos;s ETag</extracomment>
        <source>Bitmap file uploaded as %1 (ETag %2)</source>
        <translation>位表文件已上传为 %1（ETag %2）</translation>
    </message>
    <message>
        <extracomment>%1 = the bucket&apos;s name</extracomment>
        <source>IMS could not read the bucket %1. IMS needs permission to read the account&apos;s OBS buckets: grant it where your cloud&apos;s console offers it for image import, and check the bucket&apos;s policy and ACL. Then import the object with method 3.</source>
        <translation>IMS 无法读取桶 %1。IMS 需要读取该账号OBS桶的权限：请在云控制台为镜像导入提供授权的位置授予该权限，并检查桶的策略和 ACL。然后使用方法 3 导入该对象。</translation>
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
    <message>
        <source>&amp;Give Up After…</source>
        <translation>超时放弃(&amp;G)…</translation>
    </message>
    <message>
        <source>Stop waiting for this job after a time limit. There is no limit unless you set one.</source>
        <translation>超过时间限制后停止等待此任务。除非您设置，否则没有限制。</translation>
    </message>
    <message>
        <source>Time limit for “%1”</source>
        <extracomment>%1 = image name</extracomment>
        <translation>“%1”的时间限制</translation>
    </message>
    <message>
        <source>Stop waiting for this job this many hours after it started (0: no limit). The job then needs attention; the cloud may still finish the work.</source>
        <translation>在此任务开始后这么多小时停止等待（0：无限制）。之后该任务需处理；云端仍可能完成该操作。</translation>
    </message>
    <message>
        <source>Watch &amp;Again</source>
        <translation>重新跟踪(&amp;A)</translation>
    </message>
    <message>
        <source>Follow this job again: ask the cloud how it ended</source>
        <translation>重新跟踪此任务：向云查询其结果</translation>
    </message>
    <message>
        <source>Only this job&apos;s record is removed from the list; its images stay in the cloud. It cannot be brought back.</source>
        <translation>只会从列表中移除此任务的记录；其镜像仍保留在云中。移除后无法恢复。</translation>
    </message>
    <message>
        <source>Reading the job history…</source>
        <translation>正在读取任务历史记录…</translation>
    </message>
    <message>
        <source>Res&amp;ume Upload</source>
        <translation>继续上传(&amp;U)</translation>
    </message>
    <message>
        <source>Go on with the stopped upload: only the parts the bucket does not hold are sent.</source>
        <translation>继续已停止的上传：只发送桶中没有的分段。</translation>
    </message>
    <message>
        <source>Cancel the upload of “%1”?</source>
        <translation>取消“%1”的上传？</translation>
    </message>
    <message>
        <source>The multipart upload is aborted in the OBS bucket: the parts sent are deleted and nothing is imported. The job ends cancelled.</source>
        <translation>将在OBS桶中中止多段上传：已发送的分段将被删除，不会导入任何内容。任务以已取消结束。</translation>
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
    <message>
        <source>Incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>未跟踪</translation>
    </message>
    <message>
        <source>Unknown kind (%1)</source>
        <extracomment>A job a newer version of the app wrote; %1 = its kind as stored</extracomment>
        <translation>未知类型（%1）</translation>
    </message>
    <message>
        <source>Unknown state (%1)</source>
        <extracomment>A job state a newer version of the app wrote; %1 = the state as stored</extracomment>
        <translation>未知状态（%1）</translation>
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
    <message>
        <source>%1 (uploading)</source>
        <extracomment>%1 = our state word (&quot;Running&quot;)</extracomment>
        <translation>%1（上传中）</translation>
    </message>
    <message>
        <source>%1 (waiting for the cloud to be reachable)</source>
        <extracomment>%1 = our state word (&quot;Running&quot;); the cloud cannot be reached at the moment</extracomment>
        <translation>%1（等待云端可连接）</translation>
    </message>
    <message>
        <source>Not watched: Watch Again asks the cloud how it ended</source>
        <translation>未跟踪：“重新跟踪”会向云查询其结果</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <source>Estimated from the rate the cloud reported; its last answer said %1.</source>
        <translation>根据云报告的速度估算；其最后一次应答为 %1。</translation>
    </message>
    <message>
        <extracomment>%1 = our state word (&quot;Running&quot;); a job sent with OS_* variables that no saved profile follows yet (the job details offer &quot;Sign In for These Jobs…&quot;)</extracomment>
        <source>%1 (not followed until you sign in)</source>
        <translation>%1（登录后才会跟踪）</translation>
    </message>
</context>
<context>
    <name>KeyValueEditor</name>
    <message>
        <source>Row %1: %2</source>
        <extracomment>Validation of a key/value row. %1 = row number in the table, %2 = the message</extracomment>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>metadata key</comment>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <comment>metadata value</comment>
        <translation>值</translation>
    </message>
    <message>
        <source>&amp;Add Item</source>
        <translation>添加条目(&amp;A)</translation>
    </message>
    <message>
        <source>Remo&amp;ve Item</source>
        <translation>删除条目(&amp;V)</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>The keychain did not answer in time.</source>
        <translation>钥匙串未及时响应。</translation>
    </message>
</context>
<context>
    <name>KeystoneSession</name>
    <message>
        <source>the identity service sent no token or no expiry time</source>
        <translation>身份认证服务未返回令牌或过期时间</translation>
    </message>
    <message>
        <source>no password is stored for this profile</source>
        <translation>此配置文件未保存密码</translation>
    </message>
    <message>
        <source>the keychain could not be read (%1)</source>
        <translation>无法读取钥匙串（%1）</translation>
    </message>
    <message>
        <source>no application credential secret is stored for this profile</source>
        <translation>此配置文件未保存应用凭据密钥</translation>
    </message>
</context>
<context>
    <name>LibraryImage</name>
    <message>
        <source>Active</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>上传错误</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>导入中</translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Add, edit and test cloud profiles</source>
        <translation>添加、编辑和测试云配置文件</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>配置文件(&amp;R)：</translation>
    </message>
    <message>
        <source>The cloud profile the main window works with</source>
        <translation>主窗口使用的云配置文件</translation>
    </message>
    <message>
        <source>No password is stored in the system keychain for this profile.</source>
        <translation>系统钥匙串中没有保存此配置文件的密码。</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain (%1); it is used for this session only.</source>
        <extracomment>Status bar. %1 = the keychain&apos;s reason</extracomment>
        <translation>无法将密码保存到系统钥匙串（%1）；该密码仅用于本次会话。</translation>
    </message>
    <message>
        <source>Image created: %1</source>
        <extracomment>Notification title. %1 = image name</extracomment>
        <translation>已创建镜像：%1</translation>
    </message>
    <message>
        <source>Image ID: %1</source>
        <extracomment>%1 = image IDs</extracomment>
        <translation>镜像ID：%1</translation>
    </message>
    <message>
        <source>Image creation failed: %1</source>
        <extracomment>Notification title. %1 = image name</extracomment>
        <translation>镜像创建失败：%1</translation>
    </message>
    <message>
        <source>Image job cancelled: %1</source>
        <extracomment>Notification title. %1 = image name</extracomment>
        <translation>镜像任务已取消：%1</translation>
    </message>
    <message>
        <source>Image job needs attention: %1</source>
        <extracomment>Notification title. %1 = image name</extracomment>
        <translation>镜像任务需处理：%1</translation>
    </message>
    <message>
        <source>Cloud not reachable</source>
        <translation>云端不可连接</translation>
    </message>
    <message>
        <source>The cloud of this profile does not answer. Its jobs keep their state and are asked again as soon as it answers.</source>
        <translation>此配置文件的云端没有响应。其任务保持当前状态，云端一响应即再次查询。</translation>
    </message>
    <message>
        <source>The cloud of %1 answers again: its jobs are being asked.</source>
        <extracomment>Status bar. %1 = cloud profile name</extracomment>
        <translation>%1的云端已恢复响应：正在查询其任务。</translation>
    </message>
    <message>
        <source>The cloud of %1 cannot be reached: its jobs wait for it.</source>
        <translation>无法连接%1的云端：其任务正在等待。</translation>
    </message>
    <message>
        <source>Quit While Uploading</source>
        <translation>上传时退出</translation>
    </message>
    <message numerus="yes">
        <source>Imagewright is still uploading %n image file(s). If you quit now, the upload stops: the image stays queued on the cloud and its job is marked incomplete, to be resumed or deleted later.</source>
        <translation>
            <numerusform>Imagewright 仍在上传 %n 个镜像文件。现在退出将停止上传：镜像在云上仍处于排队状态，其任务标记为未完成，之后可以继续上传或删除镜像。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quit and Make It Incomplete</source>
        <translation>退出并标记为未完成(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keep Running</source>
        <translation>继续运行(&amp;K)</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Show &amp;Image</source>
        <translation>显示镜像(&amp;I)</translation>
    </message>
    <message>
        <source>Show the job&apos;s image in the image library</source>
        <translation>在镜像库中显示该任务的镜像</translation>
    </message>
    <message>
        <source>Profile Toolbar</source>
        <translation>配置文件工具栏</translation>
    </message>
    <message>
        <source>The system keychain did not save a secret of the profile &quot;%1&quot; (%2). Open Cloud Profiles… to save it again or to use it for this session only.</source>
        <translation>系统钥匙串未能保存配置文件“%1”的密钥（%2）。请打开“云配置文件…”重新保存，或仅在本次会话中使用。</translation>
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
    <message>
        <source>Not in the wizard yet: send a request file of method %1 with imagewright submit.</source>
        <translation>向导中尚不支持：请用 imagewright submit 发送方法为 %1 的请求文件。</translation>
    </message>
</context>
<context>
    <name>NovaCreateImageRequest</name>
    <message>
        <source>Enter a name for the image.</source>
        <translation>请输入镜像名称。</translation>
    </message>
    <message>
        <source>The name may have at most %1 bytes of UTF-8; this one has %2. Letters outside ASCII take two to four bytes each.</source>
        <extracomment>%1 = the limit (242), %2 = the name&apos;s size; bytes of UTF-8, not characters</extracomment>
        <translation>名称最多%1字节（UTF-8）；当前为%2字节。非ASCII字符每个占2到4个字节。</translation>
    </message>
    <message>
        <source>The name may not start or end with a space.</source>
        <translation>名称不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>The name may not contain control characters such as tabs or line breaks.</source>
        <translation>名称不能包含制表符或换行符等控制字符。</translation>
    </message>
    <message>
        <source>Choose the server to make the image from.</source>
        <translation>请选择用于创建镜像的云服务器。</translation>
    </message>
    <message>
        <source>Enter a key for this metadata item.</source>
        <translation>请输入此元数据项的键。</translation>
    </message>
    <message>
        <source>A metadata key may have at most %1 characters.</source>
        <translation>元数据键最多%1个字符。</translation>
    </message>
    <message>
        <source>A metadata key may only contain ASCII letters, digits, spaces and - _ : .</source>
        <translation>元数据键只能包含ASCII字母、数字、空格和 - _ : .</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is used twice.</source>
        <translation>键“%1”被使用了两次。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is reserved: Imagewright uses it to find the image again.</source>
        <translation>键“%1”为保留键：Imagewright用它来重新找到镜像。</translation>
    </message>
    <message>
        <source>A metadata value may have at most %1 characters.</source>
        <translation>元数据值最多%1个字符。</translation>
    </message>
    <message>
        <source>The body must be {&quot;createImage&quot;: {&quot;name&quot;: ..., &quot;metadata&quot;: {...}}}.</source>
        <translation>请求体必须为{&quot;createImage&quot;: {&quot;name&quot;: ..., &quot;metadata&quot;: {...}}}格式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>“%1”必须为字符串。</translation>
    </message>
    <message>
        <source>The metadata value of &quot;%1&quot; must be a text.</source>
        <translation>“%1”的元数据值必须为字符串。</translation>
    </message>
    <message>
        <source>&quot;metadata&quot; must be an object of texts, e.g. {&quot;ImageType&quot;: &quot;Gold&quot;}.</source>
        <translation>“metadata”必须是值为字符串的对象，例如{&quot;ImageType&quot;: &quot;Gold&quot;}。</translation>
    </message>
</context>
<context>
    <name>NovaPage</name>
    <message>
        <source>The compute service snapshots the server into a new private image. The name and metadata follow Nova&apos;s rules.</source>
        <translation>计算服务为云服务器创建快照，生成新的私有镜像。名称和元数据遵循Nova的规则。</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <comment>image name</comment>
        <translation>镜像名称(&amp;E)：</translation>
    </message>
    <message>
        <source>1–%1 bytes of UTF-8, no leading or trailing space</source>
        <extracomment>%1 = the byte limit (242)</extracomment>
        <translation>UTF-8编码1–%1字节，首尾不能有空格</translation>
    </message>
    <message>
        <source>Metadata</source>
        <comment>group box title: image properties</comment>
        <translation>元数据</translation>
    </message>
    <message>
        <source>Optional image properties. Keys: ASCII letters, digits, spaces and - _ : . (up to 255); values up to 255 characters.</source>
        <translation>可选的镜像属性。键：ASCII字母、数字、空格及 - _ : .（最多255个）；值最多255个字符。</translation>
    </message>
    <message>
        <source>Before you choose this method:
• Servers created from this image must be in the same availability zone as the original server.
• The image cannot be exported to an OBS bucket; use the IMS system disk image method for that.
• Deleting the image does not delete its snapshots, and deleting the server does not delete the image: remove them yourself.
• The image cannot be used to create data disks.
• Imagewright adds the metadata item %1 to find the image again.</source>
        <extracomment>%1 = the reserved metadata key, imagewright_op</extracomment>
        <translation>选择此方式之前请注意：
• 用此镜像创建的云服务器必须与原云服务器位于同一可用区。
• 此镜像不能导出到OBS桶；如需导出，请使用IMS的系统盘镜像方式。
• 删除镜像不会删除其快照，删除云服务器也不会删除镜像：请自行删除。
• 此镜像不能用于创建数据盘。
• Imagewright会添加元数据项 %1，以便再次找到该镜像。</translation>
    </message>
    <message>
        <source>Server</source>
        <comment>group box title: the server the image is made from</comment>
        <translation>云服务器</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <extracomment>%1 = bytes of UTF-8 the name uses, %2 = the limit (242)</extracomment>
        <translation>%1 / %2 字节</translation>
    </message>
</context>
<context>
    <name>ObsDataDiskEditor</name>
    <message>
        <source>Data disk %1</source>
        <extracomment>%1 = 1, 2 or 3</extracomment>
        <translation>数据盘%1</translation>
    </message>
    <message>
        <source>Image &amp;file:</source>
        <comment>OBS file of a data disk</comment>
        <translation>镜像文件(&amp;F)：</translation>
    </message>
    <message>
        <source>bucket:file, e.g. %1</source>
        <translation>bucket:file，例如%1</translation>
    </message>
    <message>
        <source>Minimum disk size (&amp;GB):</source>
        <extracomment>GB = gigabytes</extracomment>
        <translation>最小磁盘 (GB)(&amp;G)：</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>disk size not given yet</comment>
        <translation>未设置</translation>
    </message>
    <message>
        <source>%1–%2 GB</source>
        <translation>%1–%2 GB</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <comment>image name</comment>
        <translation>镜像名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>placeholder of an optional field</comment>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Quick import</source>
        <translation>快速导入(&amp;Q)</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove this data disk</comment>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>OpenStackEnv</name>
    <message>
        <source>The OpenStack environment is incomplete: %1 not set. Set them (e.g. source your openrc file) or use --profile.</source>
        <extracomment>%1 = list of environment variable names</extracomment>
        <translation>OpenStack环境不完整：未设置%1。请设置这些变量（例如source您的openrc文件），或使用--profile。</translation>
    </message>
    <message>
        <source>%1 other than &quot;default&quot; is not supported by this version yet; set %2 instead.</source>
        <extracomment>%1 = e.g. OS_USER_DOMAIN_ID, %2 = e.g. OS_USER_DOMAIN_NAME</extracomment>
        <translation>此版本尚不支持“default”以外的%1；请改为设置%2。</translation>
    </message>
    <message>
        <source>OS_INTERFACE must be public, internal or admin, not &quot;%1&quot;.</source>
        <extracomment>%1 = the value of OS_INTERFACE</extracomment>
        <translation>OS_INTERFACE必须为public、internal或admin，而不是“%1”。</translation>
    </message>
    <message>
        <source>Environment (%1@%2)</source>
        <extracomment>Name of the cloud profile made from OS_* variables. %1 = user, %2 = project</extracomment>
        <translation>环境变量（%1@%2）</translation>
    </message>
    <message>
        <source>OS_AUTH_TYPE=%1 is not supported by this version yet; only password and application credential authentication are.</source>
        <extracomment>%1 = the value of OS_AUTH_TYPE</extracomment>
        <translation>此版本尚不支持OS_AUTH_TYPE=%1；仅支持密码认证和应用凭据认证。</translation>
    </message>
    <message>
        <source>Environment (application credential %1)</source>
        <extracomment>Name of the cloud profile made from OS_* variables. %1 = the credential&apos;s ID or name</extracomment>
        <translation>环境变量（应用凭据 %1）</translation>
    </message>
    <message>
        <source>OS_IDENTITY_API_VERSION=%1: Imagewright needs Keystone v3.</source>
        <translation>OS_IDENTITY_API_VERSION=%1：Imagewright需要Keystone v3。</translation>
    </message>
    <message>
        <source>OS_CLOUD is &quot;%1&quot;, but no clouds.yaml was found (OS_CLIENT_CONFIG_FILE, the current folder, ~/.config/openstack, /etc/openstack).</source>
        <extracomment>%1 = the value of OS_CLOUD</extracomment>
        <translation>OS_CLOUD 为 &quot;%1&quot;，但未找到 clouds.yaml（OS_CLIENT_CONFIG_FILE、当前文件夹、~/.config/openstack、/etc/openstack）。</translation>
    </message>
    <message>
        <source>%2 has no cloud &quot;%1&quot; (for this OS_REGION_NAME, if set).</source>
        <extracomment>%1 = the value of OS_CLOUD, %2 = the clouds.yaml file</extracomment>
        <translation>%2 中没有云 &quot;%1&quot;（如已设置 OS_REGION_NAME，则按该区域查找）。</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; of clouds.yaml cannot be used: %2</source>
        <extracomment>%1 = the cloud&apos;s name in clouds.yaml, %2 = why it cannot be used</extracomment>
        <translation>无法使用 clouds.yaml 中的云 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <source>AK/SK clouds of clouds.yaml are not used by submit: import the cloud as a profile (Profiles… → Import…) and use --profile.</source>
        <translation>submit 不使用 clouds.yaml 中的 AK/SK 云：请将该云导入为配置文件（云配置文件 → 导入…），然后使用 --profile。</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; of clouds.yaml has no application_credential_secret (nor secure.yaml).</source>
        <extracomment>%1 = the cloud&apos;s name in clouds.yaml</extracomment>
        <translation>clouds.yaml 中的云 &quot;%1&quot; 没有 application_credential_secret（secure.yaml 中也没有）。</translation>
    </message>
    <message>
        <source>The cloud &quot;%1&quot; of clouds.yaml has no password (nor secure.yaml); submit cannot ask for one.</source>
        <extracomment>%1 = the cloud&apos;s name in clouds.yaml</extracomment>
        <translation>clouds.yaml 中的云 &quot;%1&quot; 没有密码（secure.yaml 中也没有）；submit 无法询问密码。</translation>
    </message>
    <message>
        <source>clouds.yaml (%1)</source>
        <extracomment>Name of the profile made from OS_CLOUD. %1 = the cloud&apos;s name in clouds.yaml</extracomment>
        <translation>clouds.yaml (%1)</translation>
    </message>
</context>
<context>
    <name>OpenrcImport</name>
    <message>
        <source>a quote is not closed on this line</source>
        <translation>此行中的引号未闭合</translation>
    </message>
    <message>
        <source>command substitution is not run</source>
        <translation>不执行命令替换</translation>
    </message>
    <message>
        <source>only simple variable assignments are read</source>
        <translation>仅读取简单的变量赋值</translation>
    </message>
    <message>
        <source>only $NAME and ${NAME} expansions are read</source>
        <translation>仅读取$NAME和${NAME}展开</translation>
    </message>
    <message>
        <source>line %1: %2; it is not used.</source>
        <extracomment>%1 = line number, %2 = why the line is not used (never its values)</extracomment>
        <translation>第%1行：%2；该行未被使用。</translation>
    </message>
    <message>
        <source>a read command without a variable name</source>
        <translation>缺少变量名的read命令</translation>
    </message>
    <message>
        <source>the command %1 is not run</source>
        <extracomment>%1 = a command name from the file (e.g. source)</extracomment>
        <translation>不执行命令%1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <extracomment>%1 = file path, %2 = the system&apos;s reason</extracomment>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>%1 sets no OS_* variables: it is not an openrc file.</source>
        <extracomment>%1 = file name</extracomment>
        <translation>%1未设置任何OS_*变量：它不是openrc文件。</translation>
    </message>
    <message>
        <source>The password is not in the file (it asks for it when sourced): Imagewright asks for it at the first sign-in.</source>
        <translation>密码不在文件中（在source时才询问）：Imagewright会在首次登录时询问。</translation>
    </message>
    <message>
        <source>No secret in the file: Imagewright asks for it at the first sign-in.</source>
        <translation>文件中没有密钥：Imagewright会在首次登录时询问。</translation>
    </message>
    <message>
        <source>%1 is not set in the file.</source>
        <extracomment>%1 = a variable name such as OS_AUTH_URL</extracomment>
        <translation>文件中未设置%1。</translation>
    </message>
    <message>
        <source>Region %1 taken from the identity URL.</source>
        <extracomment>%1 = region</extracomment>
        <translation>区域%1取自身份认证URL。</translation>
    </message>
    <message>
        <source>OS_CLOUD names the cloud &quot;%1&quot; of a clouds.yaml: import that file for its settings.</source>
        <extracomment>%1 = the cloud name OS_CLOUD gives</extracomment>
        <translation>OS_CLOUD指向clouds.yaml中的云“%1”：请导入该文件以获取其设置。</translation>
    </message>
    <message>
        <source>The token in the file is not imported: a token expires.</source>
        <translation>不导入文件中的令牌：令牌会过期。</translation>
    </message>
</context>
<context>
    <name>OsVersionPicker</name>
    <message>
        <source>Reading the OS versions IMS accepts…</source>
        <translation>正在读取IMS接受的操作系统版本…</translation>
    </message>
    <message>
        <source>The cloud&apos;s OS version list could not be read (%1).</source>
        <translation>无法读取云端的操作系统版本列表（%1）。</translation>
    </message>
    <message>
        <source>Choose an OS version</source>
        <comment>first entry of the OS version list</comment>
        <translation>选择操作系统版本</translation>
    </message>
    <message>
        <source>%1 Type the OS version instead, exactly as IMS lists it.</source>
        <extracomment>%1 = why the list could not be read</extracomment>
        <translation>%1 请改为手动输入操作系统版本，须与IMS列表中的写法完全一致。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>reload a list from the cloud</comment>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the OS version list from the cloud again</source>
        <translation>重新从云端读取操作系统版本列表</translation>
    </message>
    <message>
        <source>Type a version that is not listed</source>
        <translation>输入未列出的版本</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如%1</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Password Needed</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <source>Enter the password of user %2 for the cloud profile “%1”.</source>
        <extracomment>%1 = cloud profile name, %2 = user name</extracomment>
        <translation>请输入云配置文件“%1”中用户%2的密码。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>press and hold to show the password</comment>
        <translation>显示</translation>
    </message>
    <message>
        <source>Press and hold to show the password</source>
        <translation>按住以显示密码</translation>
    </message>
    <message>
        <source>&amp;Save in the system keychain</source>
        <translation>保存到系统钥匙串(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Use for this session only (forgotten when Imagewright quits)</source>
        <translation>仅用于本次会话（Imagewright退出时清除）(&amp;U)</translation>
    </message>
</context>
<context>
    <name>ProfileImport</name>
    <message>
        <source>The identity URL %1 has no scheme: https is used.</source>
        <extracomment>%1 = the address as the file gives it</extracomment>
        <translation>身份认证URL %1没有协议：使用https。</translation>
    </message>
    <message>
        <source>The identity URL %1 is not an http(s) address.</source>
        <extracomment>%1 = the identity URL as the file gives it</extracomment>
        <translation>身份认证URL %1不是http(s)地址。</translation>
    </message>
    <message>
        <source>The identity URL points at Keystone v2.0; Imagewright needs Keystone v3.</source>
        <translation>身份认证URL指向Keystone v2.0；Imagewright需要Keystone v3。</translation>
    </message>
    <message>
        <source>The identity URL has no version: %1 is used (what Keystone&apos;s version discovery finds).</source>
        <extracomment>%1 = the identity URL with /v3 added</extracomment>
        <translation>身份认证URL没有版本：使用%1（即Keystone版本发现所找到的地址）。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A profile name made unique. %1 = the name, %2 = a number from 2</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ProfileImporter</name>
    <message>
        <source>access to the keychain was refused</source>
        <translation>访问钥匙串被拒绝</translation>
    </message>
    <message>
        <source>the keychain is not available</source>
        <translation>钥匙串不可用</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Cloud Profiles</source>
        <translation>云配置文件</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>配置文件：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a new cloud profile</source>
        <translation>添加新的云配置文件</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>复制(&amp;L)</translation>
    </message>
    <message>
        <source>Start a new profile from a copy of this one</source>
        <translation>以此配置文件的副本新建配置文件</translation>
    </message>
    <message>
        <source>D&amp;elete</source>
        <translation>删除(&amp;E)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — the profile in use</source>
        <extracomment>Tooltip in the profile list. %1 = cloud family</extracomment>
        <translation>%1 — 当前使用的配置文件</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建配置文件</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <extracomment>Profile list entry of a profile that is not saved yet. %1 = its name</extracomment>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The profile “%1” has changes that are not saved. Discard them?</source>
        <extracomment>%1 = profile name</extracomment>
        <translation>配置文件“%1”有未保存的更改。是否放弃这些更改？</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>Name of a duplicated profile. %1 = the original&apos;s name</extracomment>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Make profiles from a clouds.yaml or an openrc file</source>
        <translation>从clouds.yaml或openrc文件创建配置文件</translation>
    </message>
    <message>
        <source>Delete this profile and remove its secrets from the system keychain</source>
        <translation>删除此配置文件，并从系统钥匙串中移除其密钥</translation>
    </message>
    <message>
        <source>Delete the cloud profile “%1”? Its secrets (password, application credential secret or AK/SK keys) are removed from the system keychain. Image jobs already on the cloud are not affected.</source>
        <extracomment>%1 = profile name</extracomment>
        <translation>删除云配置文件“%1”？其密钥（密码、应用凭证密钥或AK/SK密钥）将从系统钥匙串中移除。已在云端的镜像任务不受影响。</translation>
    </message>
</context>
<context>
    <name>ProxyField</name>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <source>From the environment or the system</source>
        <translation>来自环境变量或系统设置</translation>
    </message>
    <message>
        <source>None: connect directly</source>
        <translation>无：直接连接</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>使用此代理：</translation>
    </message>
    <message>
        <source>The environment means https_proxy, http_proxy and no_proxy as curl reads them, else the system&apos;s proxy settings.</source>
        <translation>环境变量指按 curl 的方式读取的 https_proxy、http_proxy 和 no_proxy；未设置时使用系统的代理设置。</translation>
    </message>
    <message>
        <source>Proxy URL, e.g. http://proxy.example.com:3128</source>
        <translation>代理 URL，例如 http://proxy.example.com:3128</translation>
    </message>
</context>
<context>
    <name>ProxyResolver</name>
    <message>
        <source>The proxy set in %1 cannot be used: %2</source>
        <extracomment>%1 = an environment variable such as https_proxy or &quot;the profile&quot;, %2 = the reason</extracomment>
        <translation>无法使用 %1 中设置的代理：%2</translation>
    </message>
    <message>
        <source>the profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>no proxy address is given</source>
        <translation>未指定代理地址</translation>
    </message>
    <message>
        <source>a proxy address has no spaces or control characters</source>
        <translation>代理地址不能包含空格或控制字符</translation>
    </message>
    <message>
        <source>“%1” is not a proxy address such as http://proxy.example.com:3128</source>
        <extracomment>%1 = the proxy address as given, without its password</extracomment>
        <translation>“%1”不是 http://proxy.example.com:3128 这样的代理地址</translation>
    </message>
    <message>
        <source>proxies of the kind “%1” are not supported; use an http:// or socks5:// proxy</source>
        <extracomment>%1 = a URL scheme such as https or socks4</extracomment>
        <translation>不支持“%1”类型的代理；请使用 http:// 或 socks5:// 代理</translation>
    </message>
    <message>
        <source>A proxy password is not stored in a profile. Leave it out here and set the proxy with its password in the https_proxy and http_proxy environment variables, with the profile&apos;s proxy set to “From the environment or the system”.</source>
        <translation>代理密码不会保存在配置文件中。请在此处省略密码，并在环境变量 https_proxy 和 http_proxy 中设置带密码的代理，同时将配置文件的代理设为“来自环境变量或系统设置”。</translation>
    </message>
</context>
<context>
    <name>RequestFile</name>
    <message>
        <source>The file is not valid JSON: %1 (at character %2).</source>
        <extracomment>%1 = the JSON parser&apos;s message, %2 = character offset in the file</extracomment>
        <translation>文件不是有效的JSON：%1（位于第%2个字符）。</translation>
    </message>
    <message>
        <source>The file must hold one JSON object.</source>
        <translation>文件必须包含一个JSON对象。</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be a whole number.</source>
        <translation>“format”必须为整数。</translation>
    </message>
    <message>
        <source>Request file format %1 is not supported; this version reads format %2.</source>
        <extracomment>%1 = the format number in the file, %2 = the one this version reads</extracomment>
        <translation>不支持请求文件格式%1；此版本读取的是格式%2。</translation>
    </message>
    <message>
        <source>&quot;method&quot; is missing.</source>
        <translation>缺少“method”。</translation>
    </message>
    <message>
        <source>&quot;method&quot; must be a text.</source>
        <translation>“method”必须为字符串。</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;. Known methods: %2.</source>
        <extracomment>%1 = the method named in the file, %2 = the list of method keys</extracomment>
        <translation>未知的创建方式“%1”。已知的创建方式：%2。</translation>
    </message>
    <message>
        <source>&quot;params&quot; must be a JSON object.</source>
        <translation>“params”必须为JSON对象。</translation>
    </message>
    <message>
        <source>&quot;body&quot; is missing.</source>
        <translation>缺少“body”。</translation>
    </message>
    <message>
        <source>&quot;body&quot; must be a JSON object.</source>
        <translation>“body”必须为JSON对象。</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is not part of a request file and is ignored.</source>
        <extracomment>%1 = a top-level key of the request file</extracomment>
        <translation>键“%1”不属于请求文件的内容，将被忽略。</translation>
    </message>
    <message>
        <source>The method &quot;%1&quot; (%2) is not supported by this version yet.</source>
        <extracomment>%1 = the method key, e.g. nova-create-image; %2 = the method&apos;s title</extracomment>
        <translation>此版本尚不支持创建方式“%1”（%2）。</translation>
    </message>
    <message>
        <source>&quot;file&quot; must be a path.</source>
        <translation>“file”必须为路径。</translation>
    </message>
    <message>
        <source>params.%1 is not used by the method &quot;%2&quot; and is ignored.</source>
        <extracomment>%1 = a key under &quot;params&quot;, %2 = the method key</extracomment>
        <translation>创建方式“%2”不使用params.%1，将被忽略。</translation>
    </message>
    <message>
        <source>body.%1 is not a field Imagewright knows; it is sent to the cloud as given.</source>
        <extracomment>%1 = a key of the request body the app does not know</extracomment>
        <translation>body.%1不是Imagewright已知的字段；将按原样发送到云端。</translation>
    </message>
    <message>
        <source>Cannot read the request file %1: %2</source>
        <extracomment>%1 = file path, %2 = the file system&apos;s message</extracomment>
        <translation>无法读取请求文件%1：%2</translation>
    </message>
    <message>
        <source>Give the image file to upload: &quot;params&quot;: {&quot;file&quot;: &quot;disk.qcow2&quot;} (relative to the request file&apos;s folder, or absolute).</source>
        <translation>请指定要上传的镜像文件：&quot;params&quot;: {&quot;file&quot;: &quot;disk.qcow2&quot;}（相对于请求文件所在文件夹，或绝对路径）。</translation>
    </message>
    <message>
        <source>The image file %1 does not exist.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>镜像文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The image file %1 is not a readable file.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>镜像文件 %1 不是可读取的文件。</translation>
    </message>
    <message>
        <source>The image file %1 is empty.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>镜像文件 %1 为空。</translation>
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
        <source>the answer ended after %1 of %2 bytes</source>
        <extracomment>A technical detail after &quot;The connection was lost before the cloud answered.&quot; %1 = bytes received, %2 = bytes announced by the cloud (Content-Length)</extracomment>
        <translation>响应在收到 %2 字节中的 %1 字节后中断</translation>
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
        <source>&amp;Create</source>
        <comment>create the image</comment>
        <translation>创建(&amp;C)</translation>
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
    <message>
        <source>Save Request File</source>
        <translation>保存请求文件</translation>
    </message>
    <message>
        <source>Request files (*.json);;All files (*)</source>
        <translation>请求文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The request file %1 could not be saved: %2</source>
        <extracomment>%1 = file path, %2 = the file system&apos;s message</extracomment>
        <translation>无法保存请求文件%1：%2</translation>
    </message>
    <message>
        <source>Saved to %1. Send it later with: imagewright submit FILE</source>
        <extracomment>%1 = file path</extracomment>
        <translation>已保存到%1。稍后可用以下命令发送：imagewright submit FILE</translation>
    </message>
    <message>
        <source>Copied. Set OS_TOKEN to a token of this project before running it. Running it creates an image the monitor does not follow.</source>
        <translation>已复制。运行前，请将OS_TOKEN设置为此项目的令牌。运行该命令创建的镜像不会被任务监视器跟踪。</translation>
    </message>
    <message>
        <source>&amp;Save Request…</source>
        <translation>保存请求(&amp;S)…</translation>
    </message>
    <message>
        <source>Save these inputs as a request file, to send later with imagewright submit or open again.</source>
        <translation>将这些输入保存为请求文件，以便稍后通过imagewright submit发送或再次打开。</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>复制为curl命令(&amp;U)</translation>
    </message>
    <message>
        <source>Copy this request as a curl command line. The token is left as $OS_TOKEN.</source>
        <translation>将此请求复制为curl命令行。令牌保留为$OS_TOKEN。</translation>
    </message>
    <message>
        <source>&lt;negotiated when sending&gt;</source>
        <extracomment>A request header shown on the review page; the microversion is chosen when sending</extracomment>
        <translation>&lt;发送时协商&gt;</translation>
    </message>
    <message>
        <source>Imagewright adds the metadata item %1 so that it can find the image again if the cloud&apos;s answer is lost on the way.</source>
        <extracomment>%1 = the marker metadata item, e.g. imagewright_op=1b2c...</extracomment>
        <translation>Imagewright会添加元数据项 %1，以便在云端的应答丢失时仍能再次找到该镜像。</translation>
    </message>
    <message>
        <source>No marker can be added to this request: if the cloud&apos;s answer is lost, Imagewright finds the image by the volume, the image name and the time.</source>
        <translation>此请求无法添加标记：如果云的应答丢失，Imagewright 会根据云硬盘、镜像名称和时间找到镜像。</translation>
    </message>
    <message>
        <source>then: PUT …/v2/images/&lt;id&gt;/file with the image file (%1), Content-Type: application/octet-stream, a fresh token</source>
        <extracomment>The second request of the Glance method, shown on the review page. %1 = file size</extracomment>
        <translation>然后：以新令牌 PUT …/v2/images/&lt;id&gt;/file 上传镜像文件（%1），Content-Type: application/octet-stream</translation>
    </message>
    <message>
        <source>Imagewright chooses the image ID %1 itself, so that it can find the image again if the cloud&apos;s answer is lost on the way.</source>
        <extracomment>%1 = the image ID Imagewright chose</extracomment>
        <translation>Imagewright 自行选择镜像 ID %1，以便在云的响应丢失时仍能找到该镜像。</translation>
    </message>
    <message>
        <source>Copied. This profile signs its requests with AK/SK, which curl cannot do: the command authenticates with a token instead. Set OS_TOKEN to an IAM token of this project before running it. Running it creates an image the monitor does not follow.</source>
        <translation>已复制。此配置文件使用AK/SK对请求签名，而curl无法做到：该命令改用令牌认证。运行前，请将OS_TOKEN设置为此项目的IAM令牌。运行该命令创建的镜像不会被任务监视器跟踪。</translation>
    </message>
    <message>
        <source>Copy this request as a curl command line. curl cannot sign with AK/SK: the command uses a token, left as $OS_TOKEN.</source>
        <translation>将此请求复制为curl命令行。curl无法使用AK/SK签名：该命令使用令牌，保留为$OS_TOKEN。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>创建方式</translation>
    </message>
    <message>
        <source>Check what will be made, then Create. Under Request is exactly what is sent.</source>
        <translation>请确认将要创建的内容，然后单击“创建”。“请求”中显示的正是将要发送的内容。</translation>
    </message>
    <message>
        <source>Sen&amp;t to:</source>
        <translation>发送到(&amp;T)：</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>first: the file %1 (%2) uploaded to OBS as %3 in parts (multipart upload)</source>
        <translation>首先：将文件 %1（%2）作为 %3 分段上传到 OBS（多段上传）</translation>
    </message>
    <message>
        <extracomment>Added to the upload line of a RAW quick import. %1 = the upload line, %2 = the bitmap file&apos;s name, %3 = bucket:object</extracomment>
        <source>%1, then its bitmap file %2 as %3</source>
        <translation>%1，然后其位表文件 %2 作为 %3</translation>
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
        <extracomment>%n = ECSs listed; %1 = how many of them the chosen method can use</extracomment>
        <translation>
            <numerusform>已列出%n个ECS，其中%1个可用于创建镜像。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is running. IMS accepts a running ECS, but stop it first for a consistent image: files being written while the image is made may be captured half-way.</source>
        <extracomment>%1 = server name</extracomment>
        <translation>“%1”正在运行。IMS接受运行中的ECS，但为保证镜像的一致性，请先关机：创建镜像期间正在写入的文件可能只被捕获一部分。</translation>
    </message>
    <message>
        <source>Nova cannot snapshot a server in %1 state.</source>
        <extracomment>%1 = the server&apos;s status as the cloud reports it (ERROR, BUILD, ...)</extracomment>
        <translation>Nova无法为状态为 %1 的云服务器创建快照。</translation>
    </message>
    <message>
        <source>A task is in progress on this server (%1); Nova refuses a snapshot until the task ends.</source>
        <extracomment>%1 = the task the cloud reports for the server (image_snapshot, rebooting, ...)</extracomment>
        <translation>此云服务器上有操作正在进行（%1）；操作结束前Nova会拒绝创建快照。</translation>
    </message>
</context>
<context>
    <name>StreamUpload</name>
    <message>
        <source>the cloud sent a malformed HTTP response</source>
        <translation>云返回了格式错误的 HTTP 应答</translation>
    </message>
    <message>
        <source>the cloud answered before the whole file was sent</source>
        <translation>云在整个文件发送完之前就作出了应答</translation>
    </message>
</context>
<context>
    <name>SubmitCommand</name>
    <message>
        <source>Sends the request file to the cloud and records the job in the job monitor.</source>
        <translation>将请求文件发送到云端，并在任务监视器中记录该任务。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>The saved cloud profile to use (name or id). Without it, the OpenStack environment (OS_AUTH_URL, OS_USERNAME, ...) is used.</source>
        <translation>要使用的已保存云配置文件（名称或ID）。未指定时，使用OpenStack环境变量（OS_AUTH_URL、OS_USERNAME等）。</translation>
    </message>
    <message>
        <source>name</source>
        <comment>command line value name</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Wait until the cloud has finished the image, then print its ID.</source>
        <translation>等待云端完成镜像创建，然后输出其ID。</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (exit code 4; the job stays in the monitor).</source>
        <translation>等待超过此秒数后放弃（退出代码4；任务仍保留在任务监视器中）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>command line value name</comment>
        <translation>秒数</translation>
    </message>
    <message>
        <source>The kind of cloud: %1. Default: guessed from the auth URL.</source>
        <extracomment>%1 = the list of family keys</extracomment>
        <translation>云平台类型：%1。默认根据认证URL推断。</translation>
    </message>
    <message>
        <source>family</source>
        <comment>command line value name</comment>
        <translation>类型</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <source>The request file (JSON; see docs/request-files.md).</source>
        <translation>请求文件（JSON；参见docs/request-files.md）。</translation>
    </message>
    <message>
        <source>Give the request file: imagewright submit REQUEST.json</source>
        <translation>请指定请求文件：imagewright submit REQUEST.json</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <extracomment>%1 = the unexpected argument</extracomment>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profile需要指定配置文件名称。</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds above 0, not &quot;%1&quot;.</source>
        <extracomment>%1 = the value given</extracomment>
        <translation>--timeout需要大于0的整数秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Unknown family &quot;%1&quot;. Use one of: %2.</source>
        <extracomment>%1 = the value given, %2 = the accepted values</extracomment>
        <translation>未知的云平台类型“%1”。请使用以下值之一：%2。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <extracomment>%1 = a warning about the request file</extracomment>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>The request file %1 is not valid; nothing was sent:</source>
        <extracomment>%1 = the request file&apos;s path</extracomment>
        <translation>请求文件%1无效；未发送任何内容：</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <extracomment>One validation message. %1 = field path such as body.name, %2 = message</extracomment>
        <translation>  %1：%2</translation>
    </message>
    <message>
        <source>No saved cloud profile is called &quot;%1&quot;. Saved profiles: %2</source>
        <extracomment>%1 = the profile asked for, %2 = the saved profile names</extracomment>
        <translation>没有名为“%1”的已保存云配置文件。已保存的配置文件：%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Several saved profiles are called &quot;%1&quot;; give its id instead.</source>
        <extracomment>%1 = the profile name</extracomment>
        <translation>有多个名为“%1”的已保存配置文件；请改为指定其ID。</translation>
    </message>
    <message>
        <source>No cloud given: use --profile NAME, or set OS_AUTH_URL, OS_USERNAME, OS_PASSWORD and OS_PROJECT_NAME (e.g. source your openrc file).</source>
        <translation>未指定云平台：请使用--profile NAME，或设置OS_AUTH_URL、OS_USERNAME、OS_PASSWORD和OS_PROJECT_NAME（例如source您的openrc文件）。</translation>
    </message>
    <message>
        <source>%1 is not offered by %2 clouds.</source>
        <extracomment>%1 = method title, %2 = cloud family name</extracomment>
        <translation>%2云平台不提供“%1”。</translation>
    </message>
    <message>
        <source>warning: %1 (The family was guessed from the auth URL; --family says it.) Trying anyway.</source>
        <extracomment>%1 = the sentence above</extracomment>
        <translation>警告：%1（云平台类型是根据认证URL推断的；可用--family指定。）仍将尝试。</translation>
    </message>
    <message>
        <source>The cloud profile could not be opened.</source>
        <translation>无法打开云配置文件。</translation>
    </message>
    <message>
        <source>Signing in at %1…</source>
        <extracomment>%1 = auth URL</extracomment>
        <translation>正在登录%1…</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <extracomment>%1 = why signing in failed</extracomment>
        <translation>无法登录：%1</translation>
    </message>
    <message>
        <source>The cloud&apos;s catalog has no image service, which this method needs.</source>
        <translation>云端的服务目录中没有此创建方式所需的镜像服务。</translation>
    </message>
    <message>
        <source>Sending the create request for “%1” to %2…</source>
        <extracomment>%1 = the image name, %2 = the URL the create goes to</extracomment>
        <translation>正在将“%1”的创建请求发送到%2…</translation>
    </message>
    <message>
        <source>The cloud refused the request: %1</source>
        <extracomment>%1 = the cloud&apos;s answer</extracomment>
        <translation>云端拒绝了请求：%1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <extracomment>%1 = the request ID the cloud returned, for a support ticket</extracomment>
        <translation>请求ID：%1</translation>
    </message>
    <message>
        <source>The outcome is unknown: %1 The job is in the monitor as “needs attention”; do not simply send it again.</source>
        <extracomment>%1 = why the outcome is unknown</extracomment>
        <translation>结果未知：%1 该任务已在任务监视器中标记为“需处理”；请勿直接重新发送。</translation>
    </message>
    <message>
        <source>Accepted by the cloud as job %1.</source>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <translation>云端已将其受理为任务%1。</translation>
    </message>
    <message>
        <source>Waiting for the cloud to finish the image…</source>
        <translation>正在等待云端完成镜像创建…</translation>
    </message>
    <message>
        <source>The job was removed from the monitor.</source>
        <translation>该任务已从任务监视器中移除。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) ready.</source>
        <extracomment>%n = number of images</extracomment>
        <translation>
            <numerusform>%n 个镜像已就绪。</numerusform>
        </translation>
    </message>
    <message>
        <source>The cloud could not create the image: %1</source>
        <extracomment>%1 = the cloud&apos;s error code and reason</extracomment>
        <translation>云端无法创建镜像：%1</translation>
    </message>
    <message>
        <source>The job needs attention: %1</source>
        <extracomment>%1 = the reason</extracomment>
        <translation>任务需处理：%1</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <extracomment>Progress on stderr. %1 = the cloud&apos;s job ID, %2 = status, percentage and task</extracomment>
        <translation>任务%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Still running after %n second(s). The job stays in the monitor, which follows it to the end.</source>
        <extracomment>%n = seconds</extracomment>
        <translation>
            <numerusform>%n秒后仍在运行。该任务保留在任务监视器中，并将持续跟踪直至结束。</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted while the create request was on its way. The job is in the monitor; its outcome is unknown until the app reconciles it.</source>
        <translation>创建请求发送途中被中断。该任务已记录在任务监视器中；在应用完成核对之前，其结果未知。</translation>
    </message>
    <message>
        <source>Interrupted. The cloud carries on with the job; the monitor follows it.</source>
        <translation>已中断。云端会继续执行该任务；任务监视器将继续跟踪。</translation>
    </message>
    <message>
        <source>Interrupted; nothing was sent.</source>
        <translation>已中断；未发送任何内容。</translation>
    </message>
    <message>
        <source>The cloud&apos;s catalog has no compute service, which this method needs.</source>
        <translation>云端的服务目录中没有此方式所需的计算服务。</translation>
    </message>
    <message>
        <source>The cloud&apos;s catalog has no block storage (volume) service, which this method needs.</source>
        <translation>云的服务目录中没有此方法所需的块存储（云硬盘）服务。</translation>
    </message>
    <message>
        <source>The request file %1 does not meet the rules of %2 clouds; nothing was sent:</source>
        <extracomment>%1 = the request file&apos;s path, %2 = the cloud family</extracomment>
        <translation>请求文件 %1 不符合 %2 云的规则；未发送任何内容：</translation>
    </message>
    <message>
        <source>warning: __os_version is a Huawei Cloud extra; %1 clouds keep it as a plain image property.</source>
        <extracomment>%1 = the cloud family</extracomment>
        <translation>警告：__os_version 是华为云的扩展；%1 云将其作为普通镜像属性保存。</translation>
    </message>
    <message>
        <source>Uploading: %1% of %2</source>
        <translation>上传中：%2 的 %1%</translation>
    </message>
    <message>
        <source>%1 left</source>
        <extracomment>%1 = time left such as &quot;4 min 05 s&quot;</extracomment>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Image file uploaded; the cloud is checking it.</source>
        <translation>镜像文件已上传；云正在检查。</translation>
    </message>
    <message>
        <source>The upload failed: %1 The image stays queued: resume the upload in the job monitor, or delete the image there.</source>
        <extracomment>%1 = why the upload failed</extracomment>
        <translation>上传失败：%1 镜像仍处于排队状态：请在任务监视器中继续上传，或在那里删除镜像。</translation>
    </message>
    <message>
        <source>The create request&apos;s answer was lost (%1); looking the image up by its chosen ID…</source>
        <extracomment>%1 = why the answer is missing</extracomment>
        <translation>创建请求的响应已丢失（%1）；正在按所选 ID 查找镜像…</translation>
    </message>
    <message>
        <source>Found the image by its chosen ID; uploading the image file.</source>
        <translation>已按所选 ID 找到镜像；正在上传镜像文件。</translation>
    </message>
    <message>
        <source>Image metadata created as image %1; uploading the image file.</source>
        <extracomment>%1 = the image ID</extracomment>
        <translation>已创建镜像元数据，镜像为 %1；正在上传镜像文件。</translation>
    </message>
    <message>
        <source>The upload was cancelled; the image stays queued (resume or delete it in the job monitor).</source>
        <translation>已取消上传；镜像仍处于排队状态（请在任务监视器中继续上传或删除）。</translation>
    </message>
    <message>
        <source>Interrupted: the upload was cancelled. The image stays queued; resume the upload or delete the image in the job monitor.</source>
        <translation>已中断：上传已取消。镜像仍处于排队状态；请在任务监视器中继续上传或删除镜像。</translation>
    </message>
    <message>
        <source>The image file cannot be uploaded: %1 The image stays queued: resume the upload in the job monitor, or delete the image there.</source>
        <extracomment>%1 = why the image file cannot be read</extracomment>
        <translation>无法上传镜像文件：%1 镜像仍处于排队状态：请在任务监视器中继续上传，或在那里删除镜像。</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <extracomment>%1 = what failed on this computer</extracomment>
        <translation>未发送任何内容：%1</translation>
    </message>
    <message>
        <source>The cloud reported the job as done but named no image. Look for the image in the cloud before creating it again.</source>
        <translation>云报告任务已完成，但未给出任何镜像。重新创建镜像之前，请先在云中查找该镜像。</translation>
    </message>
    <message numerus="yes">
        <source>Not found by its marker yet; looking again in %n second(s)…</source>
        <translation>
            <numerusform>尚未按标记找到；%n 秒后再次查找…</numerusform>
        </translation>
    </message>
    <message>
        <source>The outcome is unknown: %1 Looking the job up by its marker (the create is never sent again)…</source>
        <translation>结果未知：%1 正在按标记查找该任务（创建请求绝不会再次发送）…</translation>
    </message>
    <message>
        <source>ims-local-file: the size of each uploaded part in MiB (5 to 5120). Default: at least 16, so that the file fits in 10,000 parts.</source>
        <translation>ims-local-file：每个上传段的大小，单位 MiB（5 到 5120）。默认：至少 16，使文件不超过 10,000 段。</translation>
    </message>
    <message>
        <source>MiB</source>
        <comment>command line value name</comment>
        <translation>MiB</translation>
    </message>
    <message>
        <source>ims-local-file: how many parts are sent at a time (1 to 64; default 4).</source>
        <translation>ims-local-file：同时发送的段数（1 到 64；默认 4）。</translation>
    </message>
    <message>
        <source>count</source>
        <comment>command line value name</comment>
        <translation>数量</translation>
    </message>
    <message>
        <source>--part-size needs a whole number of MiB from 5 to 5120, not &quot;%1&quot;.</source>
        <translation>--part-size 需要 5 到 5120 之间的整数（MiB），而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--parts needs a whole number from 1 to 64, not &quot;%1&quot;.</source>
        <translation>--parts 需要 1 到 64 之间的整数，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Checking the OBS bucket %1…</source>
        <translation>正在检查 OBS桶 %1…</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
    <message>
        <source>Uploading the image file %1 to %2…</source>
        <translation>正在将镜像文件 %1 上传到 %2…</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <source>Deleting the uploaded object (keep_object is false)…</source>
        <translation>正在删除已上传的对象（keep_object 为 false）…</translation>
    </message>
    <message>
        <source>The upload is paused; the parts sent stay in the bucket. imagewright watch %1 resumes it and sends only the missing parts.</source>
        <translation>上传已暂停；已发送的段保留在桶中。imagewright watch %1 可续传，只发送缺少的段。</translation>
    </message>
    <message>
        <source>Uploading to OBS: %1% of %2, %3 of %4 parts</source>
        <translation>正在上传到 OBS：%2 的 %1%，%4 段中的 %3 段</translation>
    </message>
    <message>
        <source>Image file uploaded to OBS; sending the import to IMS…</source>
        <translation>镜像文件已上传到 OBS；正在向 IMS 发送导入请求…</translation>
    </message>
    <message>
        <source>The upload stopped: %1 imagewright watch %2 resumes it and sends only the missing parts.</source>
        <translation>上传已停止：%1 imagewright watch %2 可续传，只发送缺少的段。</translation>
    </message>
    <message>
        <source>The job history could not be written (%1), so this job&apos;s latest state is not recorded in it. imagewright watch %2 follows the job again once the history can be written.</source>
        <translation>无法写入任务历史记录（%1），因此此任务的最新状态未记录在其中。任务历史记录可以写入后，imagewright watch %2 会再次跟踪该任务。</translation>
    </message>
    <message>
        <source>%1 imagewright watch %2 goes on with it once that process has ended.</source>
        <translation>%1 该进程结束后，imagewright watch %2 会继续上传。</translation>
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
    <message>
        <source>Image ID: %1</source>
        <extracomment>%1 = the new image&apos;s ID</extracomment>
        <translation>镜像ID：%1</translation>
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
<context>
    <name>TlsSettings</name>
    <message>
        <source>Choose the CA bundle file (PEM) that signed the cloud&apos;s certificate.</source>
        <translation>请选择签发云端证书的CA证书包文件（PEM）。</translation>
    </message>
    <message>
        <source>The CA bundle file %1 does not exist.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>CA证书包文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file: choose a CA bundle file (PEM).</source>
        <extracomment>%1 = path</extracomment>
        <translation>%1 不是文件：请选择CA证书包文件（PEM）。</translation>
    </message>
    <message>
        <source>The CA bundle file %1 cannot be read: %2</source>
        <extracomment>%1 = file path, %2 = the system&apos;s reason</extracomment>
        <translation>无法读取CA证书包文件 %1：%2</translation>
    </message>
    <message>
        <source>The CA bundle file %1 is too large to be a certificate bundle.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>CA证书包文件 %1 过大，不可能是证书包。</translation>
    </message>
    <message>
        <source>The CA bundle file %1 is empty.</source>
        <extracomment>%1 = file path</extracomment>
        <translation>CA证书包文件 %1 为空。</translation>
    </message>
    <message>
        <source>The CA bundle file %1 holds no PEM certificate.</source>
        <extracomment>%1 = file path. PEM = the text format with &quot;-----BEGIN CERTIFICATE-----&quot;</extracomment>
        <translation>CA证书包文件 %1 中没有PEM证书。</translation>
    </message>
    <message>
        <source>%1 (certificate “%2”, SHA-256 fingerprint %3)</source>
        <extracomment>%1 = why the certificate was refused (Qt&apos;s text), %2 = the certificate&apos;s name, %3 = its SHA-256 fingerprint &quot;AB:CD:…&quot;</extracomment>
        <translation>%1（证书“%2”，SHA-256指纹 %3）</translation>
    </message>
</context>
<context>
    <name>TransferRate</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>%1 = an amount such as &quot;12.3 MB&quot;</extracomment>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes</extracomment>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>minutes and seconds</extracomment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>UploadSource</name>
    <message>
        <source>the file became shorter while it was being read</source>
        <extracomment>the image file got shorter while it was being uploaded</extracomment>
        <translation>读取时文件变短了</translation>
    </message>
</context>
<context>
    <name>VolumePicker</name>
    <message>
        <source>Attached: uploaded only with force; stop the OS first</source>
        <comment>note on an in-use volume</comment>
        <translation>已挂载：仅在使用 force 时上传；请先停止操作系统</translation>
    </message>
    <message>
        <source>The block storage service uploads only available or in-use volumes; this one is %1.</source>
        <extracomment>%1 = the volume&apos;s status as Cinder reports it (error, uploading, creating, ...)</extracomment>
        <translation>块存储服务只上传 available 或 in-use 的云硬盘；此云硬盘为 %1。</translation>
    </message>
    <message>
        <source>No cloud profile is selected.</source>
        <translation>未选择云配置文件。</translation>
    </message>
    <message>
        <source>The cloud&apos;s volume list could not be read (%1).</source>
        <extracomment>%1 = technical detail of what was wrong in the answer</extracomment>
        <translation>无法读取云的云硬盘列表（%1）。</translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation>搜索(&amp;R)：</translation>
    </message>
    <message>
        <source>Name, status, server or ID</source>
        <translation>名称、状态、云服务器或 ID</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>volume name</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>volume status column</comment>
        <translation>状态</translation>
    </message>
    <message>
        <source>GB</source>
        <comment>volume size column</comment>
        <translation>GB</translation>
    </message>
    <message>
        <source>Attached to</source>
        <comment>volume attachment column: server and device</comment>
        <translation>挂载到</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>volume ID column</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>why a volume can&apos;t be used</comment>
        <translation>备注</translation>
    </message>
    <message>
        <source>Loading the volume list from the cloud…</source>
        <translation>正在从云加载云硬盘列表…</translation>
    </message>
    <message>
        <source>The volume list could not be loaded.</source>
        <translation>无法加载云硬盘列表。</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) listed, %1 usable for an image.</source>
        <extracomment>%n = volumes listed; %1 = how many of them the chosen method can use</extracomment>
        <translation>
            <numerusform>列出 %n 个云硬盘，其中 %1 个可用于镜像。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>The job history %1 could not be read (%2). It was moved aside as %3 and a new history was started; nothing in it was deleted.</source>
        <extracomment>%1 = path of the job history, %2 = why it could not be read, %3 = where it was moved</extracomment>
        <translation>无法读取任务历史记录 %1（%2）。已将其移至 %3 并开始了新的历史记录；其中的内容均未删除。</translation>
    </message>
    <message>
        <source>The job history %1 was written by a newer version of Imagewright: this version cannot change it. Use the newer version.</source>
        <extracomment>%1 = path of the job history</extracomment>
        <translation>任务历史记录 %1 由较新版本的 Imagewright 写入：此版本无法更改它。请使用较新版本。</translation>
    </message>
    <message>
        <source>The old job history %1 could not be read (%2); it was kept as %3.</source>
        <extracomment>%1 = path of the old job history file, %2 = why it could not be read, %3 = new path</extracomment>
        <translation>无法读取旧的任务历史记录 %1（%2）；已保留为 %3。</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
</context>
<context>
    <name>HistoryRetention</name>
    <message>
        <source>Clear Old Finished Jobs</source>
        <translation>清除旧的已结束任务</translation>
    </message>
    <message>
        <source>Clear Old Finished Jobs…</source>
        <translation>清除旧的已结束任务…</translation>
    </message>
    <message>
        <source>Remove finished jobs that ended more than this many days ago:</source>
        <translation>移除结束时间超过以下天数的已结束任务：</translation>
    </message>
    <message>
        <source>Removes finished jobs older than a number of days from the history. Jobs still running or needing attention stay.</source>
        <translation>从历史记录中移除超过指定天数的已结束任务。仍在运行或需要注意的任务会保留。</translation>
    </message>
    <message numerus="yes">
        <source>No finished job ended more than %n day(s) ago.</source>
        <translation>
            <numerusform>没有在 %n 天前结束的任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n finished job(s) from the history?</source>
        <extracomment>%n = number of jobs; the days follow in the second sentence</extracomment>
        <translation>
            <numerusform>要从历史记录中移除 %n 个已结束的任务吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They ended more than %n day(s) ago. Their images on the cloud are not touched.</source>
        <translation>
            <numerusform>它们在 %n 天前已结束。云上的镜像不受影响。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>--profile needs a profile name.</source>
        <translation>--profile需要指定配置文件名称。</translation>
    </message>
    <message>
        <source>Several saved profiles are called &quot;%1&quot;; give its id instead.</source>
        <translation>有多个名为“%1”的已保存配置文件；请改为指定其ID。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Lists the jobs of the job monitor, as the job history on this computer holds them.</source>
        <translation>列出任务监视器中的任务，即本机任务历史记录中保存的任务。</translation>
    </message>
    <message>
        <source>Print one JSON array (stable keys) instead of a table.</source>
        <translation>输出一个 JSON 数组（键固定）而不是表格。</translation>
    </message>
    <message>
        <source>Only jobs in these states (comma-separated): %1.</source>
        <extracomment>%1 = the list of state keys</extracomment>
        <translation>仅显示处于这些状态的任务（以逗号分隔）：%1。</translation>
    </message>
    <message>
        <source>states</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Only jobs of this saved cloud profile (name or id).</source>
        <translation>仅显示此已保存云配置文件的任务（名称或 ID）。</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;. Use one of: %2.</source>
        <extracomment>%1 = what was given, %2 = the list of state keys</extracomment>
        <translation>未知状态“%1”。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>No saved cloud profile is called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的已保存云配置文件。</translation>
    </message>
    <message>
        <source>The job history %1 cannot be read: %2</source>
        <extracomment>%1 = path of the job history, %2 = why</extracomment>
        <translation>无法读取任务历史记录 %1：%2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Local ID</source>
        <translation>本地 ID</translation>
    </message>
    <message>
        <source>No jobs.</source>
        <translation>没有任务。</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Follows one job of the job monitor to its end, looking it up by its marker first when its outcome is unknown; prints what submit --wait prints.</source>
        <translation>跟踪任务监视器中的一个任务直至结束；结果未知时先按标记查找。输出与 submit --wait 相同。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Give up waiting after this many seconds (exit code 4; the job stays in the monitor).</source>
        <translation>等待超过此秒数后放弃（退出代码4；任务仍保留在任务监视器中）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>command line value name</comment>
        <translation>秒数</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <source>The job: its local id, its cloud job id, its marker or an image id.</source>
        <translation>任务：其本地 ID、云上的任务 ID、标记或镜像 ID。</translation>
    </message>
    <message>
        <source>Give the job: imagewright watch ID (see imagewright jobs)</source>
        <translation>请指定任务：imagewright watch ID（参见 imagewright jobs）</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds above 0, not &quot;%1&quot;.</source>
        <translation>--timeout需要大于0的整数秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>The job history cannot be read: %1</source>
        <translation>无法读取任务历史：%1</translation>
    </message>
    <message>
        <source>No job of the monitor is named &quot;%1&quot; (local id, job id, marker or image id; see imagewright jobs).</source>
        <translation>监视器中没有名为“%1”的任务（本地 ID、任务 ID、标记或镜像 ID；参见 imagewright jobs）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several jobs: %2. Give the local id of one.</source>
        <translation>“%1”对应多个任务：%2。请给出其中一个的本地 ID。</translation>
    </message>
    <message>
        <source>This job was written by a newer version of Imagewright (%1); this version cannot follow it.</source>
        <translation>此任务由较新版本的 Imagewright 写入（%1）；此版本无法跟踪它。</translation>
    </message>
    <message>
        <source>The image file&apos;s upload is incomplete: the image stays queued until the upload is resumed in the job monitor (Resume Upload), or deleted there.</source>
        <translation>镜像文件的上传未完成：在任务监视器中恢复上传（恢复上传）或将其删除之前，镜像一直处于排队状态。</translation>
    </message>
    <message>
        <source>Signing in at %1…</source>
        <translation>正在登录%1…</translation>
    </message>
    <message>
        <source>This job belongs to another cloud or user (%1) than the OS_* variables name: set the ones it was submitted with.</source>
        <translation>此任务属于与 OS_* 变量所指不同的云或用户（%1）：请设置提交时使用的变量。</translation>
    </message>
    <message>
        <source>The cloud profile could not be opened.</source>
        <translation>无法打开云配置文件。</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>无法登录：%1</translation>
    </message>
    <message>
        <source>The job&apos;s outcome is unknown: looking it up by its marker…</source>
        <translation>任务结果未知：正在按标记查找…</translation>
    </message>
    <message>
        <source>Watching the job again…</source>
        <translation>正在重新监视该任务…</translation>
    </message>
    <message>
        <source>Waiting for the cloud to finish the image…</source>
        <translation>正在等待云端完成镜像创建…</translation>
    </message>
    <message numerus="yes">
        <source>Still running after %n second(s). The job stays in the monitor, which follows it to the end.</source>
        <translation>
            <numerusform>%n秒后仍在运行。该任务保留在任务监视器中，并将持续跟踪直至结束。</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted. The cloud carries on with the job; the monitor follows it.</source>
        <translation>已中断。云端会继续执行该任务；任务监视器将继续跟踪。</translation>
    </message>
    <message>
        <source>Resuming the upload to OBS…</source>
        <translation>正在继续上传到 OBS…</translation>
    </message>
    <message>
        <source>The upload is running in another process; watching it.</source>
        <translation>上传正在另一个进程中运行；正在关注其进度。</translation>
    </message>
</context>
<context>
    <name>GiveUpDialog</name>
    <message>
        <source>Time limit for “%1”</source>
        <translation>“%1”的时间限制</translation>
    </message>
    <message>
        <source>Stop waiting for this job this long after it started (0 h 0 min: no limit). The job then needs attention; the cloud may still finish the work.</source>
        <translation>在此任务开始后经过这段时间停止等待（0 小时 0 分钟：无限制）。之后该任务需处理；云端仍可能完成该操作。</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>小时(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>分钟(&amp;M):</translation>
    </message>
</context>
<context>
    <name>FilePart</name>
    <message>
        <source>The file is shorter than expected.</source>
        <translation>文件比预期的短。</translation>
    </message>
</context>
<context>
    <name>MultipartPlan</name>
    <message>
        <source>The file is larger than an object can be (%1).</source>
        <extracomment>%1 = a size such as &quot;48.8 TB&quot;</extracomment>
        <translation>文件超过了对象的大小上限（%1）。</translation>
    </message>
    <message>
        <source>The part size must be between 5 MiB and 5 GiB.</source>
        <translation>段大小必须在 5 MiB 到 5 GiB 之间。</translation>
    </message>
    <message>
        <source>With this part size the file needs more than 10,000 parts; use at least %1 MiB.</source>
        <extracomment>%1 = the smallest part size that works, in MiB</extracomment>
        <translation>按此段大小，文件需要超过 10,000 个段；请至少使用 %1 MiB。</translation>
    </message>
</context>
<context>
    <name>MultipartUpload</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <extracomment>%1 = a file path</extracomment>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <extracomment>%1 = a file path, %2 = the system&apos;s reason</extracomment>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>part %1 was stored with another checksum (%2)</source>
        <extracomment>%1 = part number, %2 = the server&apos;s ETag</extracomment>
        <translation>段 %1 以不同的校验和（%2）保存</translation>
    </message>
    <message>
        <source>the object was stored with ETag %1 where %2 was expected</source>
        <extracomment>%1 = the server&apos;s ETag, %2 = the ETag computed from the file</extracomment>
        <translation>对象以 ETag %1 保存，预期为 %2</translation>
    </message>
</context>
<context>
    <name>ObsCommand</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>The region the signature is for. Default: OBS_REGION, AWS_REGION, the region in an OBS endpoint&apos;s name, else us-east-1.</source>
        <translation>签名所用的区域。默认：OBS_REGION、AWS_REGION、OBS 终端节点名称中的区域，否则为 us-east-1。</translation>
    </message>
    <message>
        <source>region</source>
        <comment>command line value name</comment>
        <translation>区域</translation>
    </message>
    <message>
        <source>Address buckets in the path (https://host/bucket/object) instead of the host name. Always so for an IP address or localhost.</source>
        <translation>在路径中指定桶（https://host/bucket/object），而不是在主机名中。IP 地址或 localhost 始终如此。</translation>
    </message>
    <message>
        <source>Print one JSON document (stable keys) instead of a table.</source>
        <translation>输出一个 JSON 文档（键名固定）而不是表格。</translation>
    </message>
    <message>
        <source>How many parts are sent at the same time (default 4).</source>
        <translation>同时发送的段数（默认 4）。</translation>
    </message>
    <message>
        <source>count</source>
        <comment>command line value name</comment>
        <translation>数量</translation>
    </message>
    <message>
        <source>The size of each part in MiB (5 to 5120). Default: 16 MiB, larger when the file needs more than 10,000 parts.</source>
        <translation>每段的大小，单位 MiB（5 到 5120）。默认 16 MiB；文件需要超过 10,000 段时更大。</translation>
    </message>
    <message>
        <source>MiB</source>
        <comment>command line value name</comment>
        <translation>MiB</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>命令。</translation>
    </message>
    <message>
        <source>Lists the buckets, or the objects of a bucket under a prefix, of the object storage (OBS or S3).</source>
        <translation>列出对象存储（OBS 或 S3）的桶，或桶中某前缀下的对象。</translation>
    </message>
    <message>
        <source>The action.</source>
        <translation>操作。</translation>
    </message>
    <message>
        <source>BUCKET or BUCKET/PREFIX (optional).</source>
        <translation>BUCKET 或 BUCKET/PREFIX（可选）。</translation>
    </message>
    <message>
        <source>Uploads a file as an object in parts, several at a time. Running the same command again after an interruption resumes the upload: only the missing parts are sent.</source>
        <translation>将文件作为对象分段上传，多段同时进行。中断后再次运行同一命令会继续上传：只发送缺少的段。</translation>
    </message>
    <message>
        <source>The local file.</source>
        <translation>本地文件。</translation>
    </message>
    <message>
        <source>BUCKET or BUCKET/OBJECT (default object name: the file&apos;s name; BUCKET/FOLDER/ puts it in that folder).</source>
        <translation>BUCKET 或 BUCKET/OBJECT（默认对象名：文件名；BUCKET/FOLDER/ 表示放入该文件夹）。</translation>
    </message>
    <message>
        <source>Lists the unfinished multipart uploads of a bucket (they use paid space until completed or aborted).</source>
        <translation>列出桶中未完成的分段上传（在完成或取消之前占用计费空间）。</translation>
    </message>
    <message>
        <source>The bucket.</source>
        <translation>桶。</translation>
    </message>
    <message>
        <source>Aborts an unfinished multipart upload: the object storage deletes its parts.</source>
        <translation>取消未完成的分段上传：对象存储会删除其各段。</translation>
    </message>
    <message>
        <source>The object.</source>
        <translation>对象。</translation>
    </message>
    <message>
        <source>The upload ID (see obs uploads).</source>
        <translation>上传 ID（见 obs uploads）。</translation>
    </message>
    <message>
        <source>Object storage (OBS, or any S3 API) without a display. Actions: %1. &quot;imagewright obs ACTION --help&quot; describes each.</source>
        <extracomment>%1 = the list of actions</extracomment>
        <translation>无需显示器的对象存储（OBS 或任意 S3 API）操作。操作：%1。&quot;imagewright obs ACTION --help&quot; 说明每个操作。</translation>
    </message>
    <message>
        <source>Give an action: imagewright obs %1</source>
        <extracomment>%1 = the list of actions</extracomment>
        <translation>请指定操作：imagewright obs %1</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;. Use one of: %2.</source>
        <extracomment>%1 = what was given, %2 = the list of actions</extracomment>
        <translation>未知操作“%1”。请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <extracomment>%1 = the unexpected argument</extracomment>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>Give the file and the bucket: imagewright obs put FILE BUCKET[/OBJECT]</source>
        <translation>请指定文件和桶：imagewright obs put FILE BUCKET[/OBJECT]</translation>
    </message>
    <message>
        <source>--parts needs a whole number from 1 to 64, not &quot;%1&quot;.</source>
        <extracomment>%1 = the value given</extracomment>
        <translation>--parts 需要 1 到 64 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--part-size needs a whole number of MiB from 5 to 5120, not &quot;%1&quot;.</source>
        <extracomment>%1 = the value given</extracomment>
        <translation>--part-size 需要 5 到 5120 的整数（MiB），而不是“%1”。</translation>
    </message>
    <message>
        <source>Give the bucket: imagewright obs uploads BUCKET</source>
        <translation>请指定要列出其上传的桶：imagewright obs uploads BUCKET</translation>
    </message>
    <message>
        <source>Give the bucket, the object and the upload ID: imagewright obs abort BUCKET OBJECT UPLOAD_ID</source>
        <translation>请指定桶、对象和上传 ID：imagewright obs abort BUCKET OBJECT UPLOAD_ID</translation>
    </message>
    <message>
        <source>The bucket name is empty.</source>
        <translation>桶名称为空。</translation>
    </message>
    <message>
        <source>The object storage did not accept the access key or its signature: %1: %2</source>
        <extracomment>%1 = the server&apos;s error code, %2 = its message</extracomment>
        <translation>对象存储未接受访问密钥或其签名：%1：%2</translation>
    </message>
    <message>
        <source>The object storage refused the request (HTTP %1): %2: %3</source>
        <extracomment>%1 = HTTP status, %2 = the server&apos;s error code, %3 = its message</extracomment>
        <translation>对象存储拒绝了请求（HTTP %1）：%2：%3</translation>
    </message>
    <message>
        <source>%1 (request ID %2)</source>
        <extracomment>%1 = a message, %2 = the server&apos;s request id</extracomment>
        <translation>%1（请求 ID %2）</translation>
    </message>
    <message>
        <source>No buckets.</source>
        <translation>没有桶。</translation>
    </message>
    <message>
        <source>No objects.</source>
        <translation>没有对象。</translation>
    </message>
    <message>
        <source>Only the first %1 entries are listed.</source>
        <translation>仅列出前 %1 项。</translation>
    </message>
    <message>
        <source>No unfinished uploads.</source>
        <translation>没有未完成的上传。</translation>
    </message>
    <message>
        <source>Aborted upload %1 of %2.</source>
        <extracomment>%1 = upload ID, %2 = object name</extracomment>
        <translation>已取消 %2 的上传 %1。</translation>
    </message>
    <message>
        <source>Use the object storage of this saved cloud profile (name or id): its catalog&apos;s OBS endpoint and its keys (an AK/SK profile&apos;s own, else temporary keys from IAM). Default: the OBS_* or AWS_* environment.</source>
        <translation>使用此已保存云配置文件（名称或 ID）的对象存储：其服务目录中的 OBS 终端节点及其密钥（AK/SK 配置文件用自己的密钥，否则用 IAM 临时密钥）。默认：OBS_* 或 AWS_* 环境变量。</translation>
    </message>
    <message>
        <source>name</source>
        <comment>command line value name</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no object storage: its service catalog lists no &quot;obs&quot; service, and its cloud family has no well-known OBS endpoint. Add an endpoint override for &quot;obs&quot; to the profile.</source>
        <translation>配置文件“%1”没有对象存储：其服务目录中没有 &quot;obs&quot; 服务，其云类型也没有已知的 OBS 终端节点。请为该配置文件添加 &quot;obs&quot; 的终端节点覆盖。</translation>
    </message>
</context>
<context>
    <name>ObsEnv</name>
    <message>
        <source>No access key: set OBS_ACCESS_KEY_ID and OBS_SECRET_ACCESS_KEY (or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY).</source>
        <translation>没有访问密钥：请设置 OBS_ACCESS_KEY_ID 和 OBS_SECRET_ACCESS_KEY（或 AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY）。</translation>
    </message>
    <message>
        <source>No endpoint: set OBS_ENDPOINT (or AWS_ENDPOINT_URL), for example https://obs.eu-de.otc.t-systems.com.</source>
        <translation>没有终端节点：请设置 OBS_ENDPOINT（或 AWS_ENDPOINT_URL），例如 https://obs.eu-de.otc.t-systems.com。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is not an http or https address of a host.</source>
        <extracomment>%1 = the endpoint as given</extracomment>
        <translation>终端节点“%1”不是主机的 http 或 https 地址。</translation>
    </message>
</context>
<context>
    <name>ObsPutCommand</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <extracomment>%1 = a file path</extracomment>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>The upload cannot be resumed. To start again, first abort the unfinished upload: %1</source>
        <extracomment>%1 = the command that aborts the old upload</extracomment>
        <translation>无法继续上传。要重新开始，请先取消未完成的上传：%1</translation>
    </message>
    <message>
        <source>Resuming upload %1 of %2.</source>
        <extracomment>%1 = upload ID, %2 = bucket/object</extracomment>
        <translation>正在继续 %2 的上传 %1。</translation>
    </message>
    <message>
        <source>%1 of %2 parts are already uploaded and match the file.</source>
        <extracomment>%1 and %2 = part counts</extracomment>
        <translation>%2 个段中已有 %1 个上传完成且与文件一致。</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %), %4 of %5 parts, %6</source>
        <extracomment>Progress of obs put. %1 and %2 = sizes, %3 = percent, %4 and %5 = part counts, %6 = rate</extracomment>
        <translation>%1 / %2（%3 %），段 %4 / %5，%6</translation>
    </message>
    <message>
        <source>Interrupted. Run the same command again to resume, or abort the upload: %1</source>
        <extracomment>%1 = the command that aborts the upload</extracomment>
        <translation>已中断。再次运行同一命令可继续，或取消上传：%1</translation>
    </message>
    <message>
        <source>The unfinished upload is no longer in the bucket; starting again.</source>
        <translation>桶中已没有该未完成的上传；将重新开始。</translation>
    </message>
    <message>
        <source>Run the same command again to resume the upload.</source>
        <translation>再次运行同一命令即可继续上传。</translation>
    </message>
    <message>
        <source>Uploaded %1 to %2.</source>
        <extracomment>%1 = file path, %2 = bucket/object</extracomment>
        <translation>已将 %1 上传到 %2。</translation>
    </message>
</context>
<context>
    <name>UploadState</name>
    <message>
        <source>The file %1 is no longer there.</source>
        <extracomment>%1 = a file path</extracomment>
        <translation>文件 %1 已不存在。</translation>
    </message>
    <message>
        <source>The file %1 has changed since the upload started: its size was %2 bytes, now %3 bytes.</source>
        <extracomment>%1 = a file path, %2 and %3 = byte counts</extracomment>
        <translation>文件 %1 在上传开始后已更改：大小原为 %2 字节，现为 %3 字节。</translation>
    </message>
    <message>
        <source>The file %1 has changed since the upload started: it was modified at %2, now at %3.</source>
        <extracomment>%1 = a file path, %2 and %3 = date and time</extracomment>
        <translation>文件 %1 在上传开始后已更改：修改时间原为 %2，现为 %3。</translation>
    </message>
</context>
<context>
    <name>ImageDeleteFlow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>……另有 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: job %2</source>
        <translation>%1：任务 %2</translation>
    </message>
    <message numerus="yes">
        <source>A job of the job monitor is still following %n of these image(s). Deleting an image makes its job fail.</source>
        <translation>
            <numerusform>任务监视器中的任务仍在跟踪其中 %n 个镜像。删除镜像会使其任务失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete them anyway?</source>
        <translation>仍要删除吗？</translation>
    </message>
    <message>
        <source>Images in Use by Jobs</source>
        <translation>任务正在使用的镜像</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n image(s)? This cannot be undone.</source>
        <translation>
            <numerusform>删除 %n 个镜像吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Full-ECS images keep backups of the server&apos;s disks. Delete the backups with the images, or keep them.</source>
        <translation>整机镜像保留了云服务器磁盘的备份。请选择将备份与镜像一起删除，或保留备份。</translation>
    </message>
    <message>
        <source>Delete With Backups</source>
        <translation>连同备份一起删除</translation>
    </message>
    <message>
        <source>Delete, Keep Backups</source>
        <translation>删除，保留备份</translation>
    </message>
    <message>
        <source>Delete Images</source>
        <translation>删除镜像</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 个镜像。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deleted, %2 not deleted.</source>
        <translation>已删除 %1 个，%2 个未删除。</translation>
    </message>
    <message>
        <source>Images Not Deleted</source>
        <translation>未删除的镜像</translation>
    </message>
    <message numerus="yes">
        <source>The cloud did not delete %n image(s):</source>
        <translation>
            <numerusform>云未删除 %n 个镜像：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageEditDialog</name>
    <message>
        <source>The image was not changed: %1</source>
        <translation>镜像未修改：%1</translation>
    </message>
    <message>
        <source>Sending the change…</source>
        <translation>正在发送修改…</translation>
    </message>
    <message>
        <source>Edit Image</source>
        <translation>编辑镜像</translation>
    </message>
    <message>
        <source>Change the properties of %1 (%2). Only what you change is sent.</source>
        <translation>修改 %1（%2）的属性。只发送您修改的内容。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Minimum memo&amp;ry:</source>
        <translation>最小内存(&amp;R)：</translation>
    </message>
    <message>
        <source>Ma&amp;ximum memory:</source>
        <translation>最大内存(&amp;X)：</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>No maximum</source>
        <translation>无最大值</translation>
    </message>
    <message>
        <source>Minimum d&amp;isk:</source>
        <translation>最小磁盘(&amp;I)：</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>&amp;Protected (cannot be deleted until unprotected)</source>
        <translation>保护(&amp;P)（取消保护前无法删除）</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>标签(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CreateSummary</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>约 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>约 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>约 %1 小时</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>镜像名称</translation>
    </message>
    <message>
        <source>From the server</source>
        <translation>源云服务器</translation>
    </message>
    <message>
        <source>IMS copies the server&apos;s system disk into a new private image. The cloud runs this as a job; the monitor follows it to its end.</source>
        <translation>IMS 将云服务器的系统盘复制为新的私有镜像。云端以任务方式执行，监视器会跟踪到结束。</translation>
    </message>
    <message>
        <source>Data disk images</source>
        <translation>数据盘镜像</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s): </source>
        <translation>
            <numerusform>%n 个镜像：</numerusform>
        </translation>
    </message>
    <message>
        <source>IMS makes one data disk image of each chosen data disk, in one job.</source>
        <translation>IMS 在一个任务中为每个所选数据盘创建一个数据盘镜像。</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>镜像文件</translation>
    </message>
    <message>
        <source>Minimum disk</source>
        <translation>最小磁盘</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>IMS reads the image file from the OBS bucket and registers it as a private image.</source>
        <translation>IMS 从 OBS桶读取镜像文件，并将其注册为私有镜像。</translation>
    </message>
    <message>
        <source>From the data disk</source>
        <translation>源数据盘</translation>
    </message>
    <message>
        <source>IMS makes a system disk image from the data disk.</source>
        <translation>IMS 使用数据盘创建系统盘镜像。</translation>
    </message>
    <message>
        <source>Nova takes a snapshot of the server into a new image; the monitor follows the image until it is active.</source>
        <translation>Nova 将云服务器的快照保存为新镜像；监视器会跟踪该镜像直到其变为 active。</translation>
    </message>
    <message>
        <source>From the volume</source>
        <translation>源云硬盘</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>镜像格式</translation>
    </message>
    <message>
        <source>Cinder copies the volume into a new image; the volume is &quot;uploading&quot; meanwhile and goes back to its status after.</source>
        <translation>Cinder 将云硬盘复制为新镜像；期间云硬盘处于 &quot;uploading&quot;（上传中），完成后恢复原状态。</translation>
    </message>
    <message>
        <source>Glance creates the image, then Imagewright uploads the file to it; Glance checks and stores it, and the image becomes active.</source>
        <translation>Glance 创建镜像，然后 Imagewright 向其上传文件；Glance 校验并存储后，镜像变为 active。</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>On this computer such a create took %1 (the median of the last ones that succeeded).</source>
        <translation>在这台计算机上，此类创建耗时%1（最近成功的几次的中位数）。</translation>
    </message>
    <message>
        <source>How long it takes depends on the size of the disk or file; the job monitor shows its progress.</source>
        <translation>所需时间取决于磁盘或文件的大小；任务监视器会显示进度。</translation>
    </message>
    <message>
        <source>Imagewright adds nothing to this request (the API has no field for it). A lost answer is found again by the volume and the time.</source>
        <translation>Imagewright 不会向此请求添加任何内容（API 没有相应字段）。若应答丢失，将通过云硬盘和时间重新找到。</translation>
    </message>
    <message>
        <source>Imagewright chooses the image ID (%1), so a request whose answer was lost can be sent again without making a second image.</source>
        <translation>Imagewright 自行选择镜像 ID（%1），因此应答丢失的请求可以重新发送而不会创建第二个镜像。</translation>
    </message>
    <message>
        <source>Imagewright adds the image property %1 to find the image again if the answer is lost.</source>
        <translation>Imagewright 会添加镜像属性 %1，以便在应答丢失时重新找到镜像。</translation>
    </message>
    <message>
        <source>Imagewright adds the tag %1 to find the job again if the answer is lost.</source>
        <translation>Imagewright 会添加标签 %1，以便在应答丢失时重新找到任务。</translation>
    </message>
    <message>
        <source>OBS object</source>
        <translation>OBS对象</translation>
    </message>
    <message>
        <source>Imagewright uploads the image file to the OBS bucket in parts (resumable), then IMS imports it as a private image.</source>
        <translation>Imagewright 将镜像文件分段上传到 OBS桶（可续传），然后由 IMS 将其导入为私有镜像。</translation>
    </message>
    <message>
        <source>Bitmap file</source>
        <translation>位表文件</translation>
    </message>
    <message>
        <extracomment>%1 = the bitmap file&apos;s name, %2 = bucket:object</extracomment>
        <source>%1, as %2</source>
        <translation>%1，作为 %2</translation>
    </message>
</context>
<context>
    <name>ImageFileFormat</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The image file&apos;s name ends in .%1, but the file does not start like a %2 file. Check that it is complete and of the format its name says.</source>
        <translation>镜像文件的名称以 .%1 结尾，但文件开头不像 %2 文件。请检查文件是否完整，且格式与名称一致。</translation>
    </message>
    <message>
        <source>The image file looks like %1, but its name ends in .%2. Rename it, or convert it to the format its name says.</source>
        <translation>镜像文件看起来是 %1，但其名称以 .%2 结尾。请重命名，或将其转换为名称所示的格式。</translation>
    </message>
</context>
<context>
    <name>MemberChange</name>
    <message>
        <source>Give the image&apos;s ID.</source>
        <translation>请指定镜像的ID。</translation>
    </message>
    <message>
        <source>Give at least one project to share with.</source>
        <translation>请至少指定一个共享的目标项目。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project ID: it has 32 hexadecimal characters (0-9, a-f).</source>
        <translation>“%1”不是项目ID：项目ID为32个十六进制字符（0-9、a-f）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a project ID: 1 to 255 characters without spaces.</source>
        <translation>“%1”不是项目ID：应为1到255个字符，不含空格。</translation>
    </message>
    <message>
        <source>This is the image&apos;s own project; share with another one.</source>
        <translation>这是镜像所属的项目；请与其他项目共享。</translation>
    </message>
    <message>
        <source>Project %1 is given twice.</source>
        <translation>项目 %1 指定了两次。</translation>
    </message>
    <message>
        <source>This image belongs to this project; only a project it is shared with accepts or rejects it.</source>
        <translation>此镜像属于本项目；只有被共享的项目才能接受或拒绝它。</translation>
    </message>
    <message>
        <source>This image is not shared with this project.</source>
        <translation>此镜像未与本项目共享。</translation>
    </message>
    <message>
        <source>Only the project that owns an image shares it.</source>
        <translation>只有拥有镜像的项目才能共享它。</translation>
    </message>
    <message>
        <source>Only active images can be shared; this one is %1.</source>
        <translation>只能共享 active 的镜像；此镜像的状态为 %1。</translation>
    </message>
    <message>
        <source>Only private images can be shared.</source>
        <translation>只能共享私有镜像。</translation>
    </message>
    <message>
        <source>A %1 image has no members: every project sees it already.</source>
        <translation>%1 镜像没有成员：所有项目都已可见。</translation>
    </message>
</context>
<context>
    <name>ImageMemberKind</name>
    <message>
        <source>Share Image…</source>
        <translation>共享镜像…</translation>
    </message>
    <message>
        <source>Accept Shared Image</source>
        <translation>接受共享镜像</translation>
    </message>
    <message>
        <source>Reject Shared Image</source>
        <translation>拒绝共享镜像</translation>
    </message>
</context>
<context>
    <name>ImagesMembersCommand</name>
    <message>
        <source>A project to share the image with (repeatable).</source>
        <translation>共享镜像的目标项目（可重复）。</translation>
    </message>
    <message>
        <source>A project to stop sharing the image with (repeatable).</source>
        <translation>取消共享镜像的项目（可重复）。</translation>
    </message>
    <message>
        <source>project-id</source>
        <translation>项目ID</translation>
    </message>
    <message>
        <source>IMS: follow the cloud&apos;s job to its end (without it the command ends once the cloud took the job; the monitor follows it).</source>
        <translation>IMS：跟踪云上的任务直到结束（不指定时，云接受任务后命令即结束；由监视器跟踪任务）。</translation>
    </message>
    <message>
        <source>With --wait: stop waiting after this many seconds (exit 4).</source>
        <translation>与 --wait 一起使用：等待这么多秒后停止等待（退出码 4）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Shares an image with other projects (adds them as members).</source>
        <translation>将镜像共享给其他项目（将其添加为成员）。</translation>
    </message>
    <message>
        <source>Stops sharing an image with projects (removes them as members).</source>
        <translation>取消与项目共享镜像（将其从成员中删除）。</translation>
    </message>
    <message>
        <source>Lists an image&apos;s members and their status.</source>
        <translation>列出镜像的成员及其状态。</translation>
    </message>
    <message>
        <source>Accepts an image another project shared with this one.</source>
        <translation>接受其他项目共享给本项目的镜像。</translation>
    </message>
    <message>
        <source>Rejects an image another project shared with this one.</source>
        <translation>拒绝其他项目共享给本项目的镜像。</translation>
    </message>
    <message>
        <source>Give at least one --project.</source>
        <translation>请至少指定一个 --project。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped waiting after %n second(s); the cloud&apos;s job goes on.</source>
        <translation>
            <numerusform>%n 秒后已停止等待；云上的任务仍在继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>The image is not shared with any project.</source>
        <translation>此镜像未与任何项目共享。</translation>
    </message>
    <message>
        <source>The change is not valid; nothing was sent:</source>
        <translation>更改无效；未发送任何内容：</translation>
    </message>
    <message>
        <source>Nothing was sent for image %1:</source>
        <translation>未为镜像 %1 发送任何内容：</translation>
    </message>
    <message>
        <source>The cloud runs job %1; &quot;imagewright watch %1&quot; follows it.</source>
        <translation>云正在运行任务 %1；可用 &quot;imagewright watch %1&quot; 跟踪。</translation>
    </message>
    <message>
        <source>The cloud&apos;s job is done.</source>
        <translation>云上的任务已完成。</translation>
    </message>
    <message>
        <source>The cloud&apos;s job failed: %1</source>
        <translation>云上的任务失败：%1</translation>
    </message>
</context>
<context>
    <name>ImageShareDialog</name>
    <message>
        <source>Pending</source>
        <translation>待接受</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>The members could not be read: %1</source>
        <translation>无法读取成员：%1</translation>
    </message>
    <message>
        <source>The members were not changed: %1</source>
        <translation>成员未更改：%1</translation>
    </message>
    <message>
        <source>The cloud runs job %1; the job monitor follows it. Refresh shows the members once it has ended.</source>
        <translation>云正在运行任务 %1；任务监视器会跟踪它。任务结束后，点击“刷新”显示成员。</translation>
    </message>
    <message>
        <source>The members were changed.</source>
        <translation>成员已更改。</translation>
    </message>
    <message>
        <source>Share Image</source>
        <translation>共享镜像</translation>
    </message>
    <message>
        <source>The projects %1 (%2) is shared with. A project sees the image once it has accepted it.</source>
        <translation>%1（%2）共享的目标项目。项目接受后即可看到该镜像。</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>项目ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>项目ID(&amp;P)：</translation>
    </message>
    <message>
        <source>32 hexadecimal characters</source>
        <translation>32个十六进制字符</translation>
    </message>
    <message>
        <source>The project&apos;s ID</source>
        <translation>项目的ID</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <extracomment>%1 = the cloud&apos;s job ID</extracomment>
        <source>The cloud runs job %1; the job monitor follows it, and the members here are read again once it has ended.</source>
        <translation>云正在运行任务 %1；任务监视器会跟踪它，任务结束后会在此重新读取成员。</translation>
    </message>
</context>
<context>
    <name>LocalFileRequest</name>
    <message>
        <source>Give the OBS bucket to upload to: &quot;params&quot;: {&quot;bucket&quot;: &quot;my-bucket&quot;}.</source>
        <translation>请指定要上传到的 OBS桶：&quot;params&quot;: {&quot;bucket&quot;: &quot;my-bucket&quot;}。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OBS bucket name: 3 to 63 lowercase letters, digits, hyphens or periods, starting and ending with a letter or digit, not an IP address.</source>
        <translation>&quot;%1&quot; 不是有效的 OBS桶 名称：3 到 63 个小写字母、数字、连字符或句点，以字母或数字开头和结尾，且不能是 IP 地址。</translation>
    </message>
    <message>
        <source>The object name is empty.</source>
        <translation>对象名为空。</translation>
    </message>
    <message>
        <source>An object name can have at most 1024 bytes.</source>
        <translation>对象名最多 1024 字节。</translation>
    </message>
    <message>
        <source>“%1”: an object name cannot start with a slash.</source>
        <translation>“%1”：对象名不能以斜杠开头。</translation>
    </message>
    <message>
        <source>“%1”: OBS file and folder names here cannot contain spaces. Choose an object name without spaces (params.object).</source>
        <translation>“%1”：此处 OBS 文件名和文件夹名不能包含空格。请选择不含空格的对象名（params.object）。</translation>
    </message>
    <message>
        <source>The image file %1 does not exist.</source>
        <translation>镜像文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The image file %1 is not a readable file.</source>
        <translation>镜像文件 %1 不是可读取的文件。</translation>
    </message>
    <message>
        <source>The image file %1 is empty.</source>
        <translation>镜像文件 %1 为空。</translation>
    </message>
    <message>
        <source>A quick import takes only ZVHD2 or RAW files; this file is %1. Convert it, or leave is_quick_import out for a normal import.</source>
        <translation>快速导入 只接受 ZVHD2 或 RAW 文件；此文件为 %1。请转换格式，或去掉 is_quick_import 以普通方式导入。</translation>
    </message>
    <message>
        <source>The image file is %1; a quick import takes files of at most %2.</source>
        <translation>镜像文件大小为 %1；快速导入 最多支持 %2 的文件。</translation>
    </message>
    <message>
        <source>The image file is %1; a normal import takes files smaller than %2. A ZVHD2 or RAW file of up to 1 TB can use the quick import (is_quick_import).</source>
        <translation>镜像文件大小为 %1；普通导入只支持小于 %2 的文件。不超过 1 TB 的 ZVHD2 或 RAW 文件可使用 快速导入（is_quick_import）。</translation>
    </message>
    <message>
        <source>Give the image file to upload: &quot;params&quot;: {&quot;file&quot;: &quot;disk.qcow2&quot;} (relative to the request file&apos;s folder, or absolute).</source>
        <translation>请指定要上传的镜像文件：&quot;params&quot;: {&quot;file&quot;: &quot;disk.qcow2&quot;}（相对于请求文件所在文件夹，或绝对路径）。</translation>
    </message>
    <message>
        <source>&quot;bucket&quot; must be a text.</source>
        <translation>&quot;bucket&quot; 必须是文本。</translation>
    </message>
    <message>
        <source>&quot;object&quot; must be a text.</source>
        <translation>&quot;object&quot; 必须是文本。</translation>
    </message>
    <message>
        <source>&quot;keep_object&quot; must be true or false.</source>
        <translation>&quot;keep_object&quot; 必须为 true 或 false。</translation>
    </message>
    <message>
        <source>Leave image_url out: it is set from params.bucket and params.object when the file is uploaded.</source>
        <translation>请省略 image_url：上传文件时会根据 params.bucket 和 params.object 设置。</translation>
    </message>
    <message>
        <extracomment>%1 = file path</extracomment>
        <source>The bitmap file %1 does not exist.</source>
        <translation>位表文件 %1 不存在。</translation>
    </message>
    <message>
        <extracomment>%1 = file path</extracomment>
        <source>The bitmap file %1 is not a readable file.</source>
        <translation>位表文件 %1 不是可读取的文件。</translation>
    </message>
    <message>
        <extracomment>%1 = file path</extracomment>
        <source>The bitmap file %1 is empty.</source>
        <translation>位表文件 %1 为空。</translation>
    </message>
    <message>
        <extracomment>%1 = file path, %2 = its size, %3 = the limit</extracomment>
        <source>%1 is %2: too large for a bitmap file (at most %3). Choose the .mf file CreateMF.jar made for the RAW image file.</source>
        <translation>%1 大小为 %2，作为位表文件过大（最多 %3）。请选择 CreateMF.jar 为 RAW 镜像文件生成的 .mf 文件。</translation>
    </message>
    <message>
        <source>&quot;bitmap&quot; must be a text: the path of the RAW file&apos;s .mf file.</source>
        <translation>“bitmap”必须为文本：RAW 文件的 .mf 文件路径。</translation>
    </message>
    <message>
        <source>Only a quick import of a RAW file takes a bitmap file; leave params.bitmap out.</source>
        <translation>只有 RAW 文件的快速导入才需要位表文件；请去掉 params.bitmap。</translation>
    </message>
    <message>
        <extracomment>%1 = the file name looked for, e.g. disk01.mf</extracomment>
        <source>A quick import of a RAW file needs its bitmap file (.mf, made by CreateMF.jar), uploaded beside it. %1 is not beside the image file: give the bitmap file (params.bitmap).</source>
        <translation>RAW 文件的快速导入需要其位表文件（.mf，由 CreateMF.jar 生成），并与其一同上传。镜像文件旁没有 %1：请指定位表文件（params.bitmap）。</translation>
    </message>
    <message>
        <extracomment>%1 = the object name</extracomment>
        <source>“%1” is the name the bitmap file gets in the bucket; give the image file&apos;s object another extension, such as .raw.</source>
        <translation>“%1”是位表文件在桶中的名称；请为镜像文件的对象使用其他扩展名，例如 .raw。</translation>
    </message>
</context>
<context>
    <name>ObsImportController</name>
    <message>
        <source>The OBS bucket %1 does not exist, or this account cannot see it.</source>
        <translation>OBS桶 %1 不存在，或此账号无法看到它。</translation>
    </message>
    <message>
        <source>The OBS bucket %1 is in region %2, but IMS imports only from a bucket in the profile&apos;s region %3. Choose a bucket in %3.</source>
        <translation>OBS桶 %1 位于区域 %2，但 IMS 只从配置所在区域 %3 的桶导入。请选择 %3 中的桶。</translation>
    </message>
    <message>
        <source>The OBS bucket %1 has the storage class %2; IMS imports only from a bucket of the Standard class.</source>
        <translation>OBS桶 %1 的存储类别为 %2；IMS 只从标准存储类别的桶导入。</translation>
    </message>
    <message>
        <source>Another process, %1, is uploading this job&apos;s file now. Resume the upload once that process has ended; the parts it sent stay in the bucket.</source>
        <translation>另一个进程 %1 正在上传此任务的文件。请在该进程结束后继续上传；它已发送的分段会保留在桶中。</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Sign in with these values without saving them, and list what the cloud offers</source>
        <translation>使用这些值登录（不保存），并列出云平台提供的服务</translation>
    </message>
    <message>
        <source>Signing in at %1…</source>
        <translation>正在登录%1…</translation>
    </message>
    <message>
        <source>any region</source>
        <translation>任意区域</translation>
    </message>
    <message>
        <source>Signed in, but the catalog has no services for region %1 on this interface. Regions in the catalog: %2.</source>
        <translation>已登录，但在此接口下，服务目录中没有%1的服务。目录中的区域：%2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>None of the image creation methods: the catalog has no image, compute or volume service here.</source>
        <translation>无可用的镜像创建方式：此处的服务目录中没有镜像、计算或云硬盘服务。</translation>
    </message>
    <message>
        <source>Connected. Services in %1: %2.
Image creation methods available: %3</source>
        <translation>已连接。%1中的服务：%2。
可用的镜像创建方式：%3</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Everything needed to sign in to one project in one region. The password is kept in the system keychain, never in a file.</source>
        <translation>登录某个区域中某个项目所需的全部信息。密码保存在系统钥匙串中，绝不写入文件。</translation>
    </message>
    <message>
        <source>Use T&amp;his Profile</source>
        <translation>使用此配置文件(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Discard the changes in the form</source>
        <translation>放弃表单中的更改</translation>
    </message>
    <message>
        <source>Save the changes first.</source>
        <translation>请先保存更改。</translation>
    </message>
    <message>
        <source>This profile is in use.</source>
        <translation>此配置文件正在使用中。</translation>
    </message>
    <message>
        <source>Switch the main window to this profile</source>
        <translation>将主窗口切换到此配置文件</translation>
    </message>
    <message>
        <source>The password is missing: enter it to test the connection.</source>
        <translation>缺少密码：请输入密码以测试连接。</translation>
    </message>
</context>
<context>
    <name>ProfileIdentitySection</name>
    <message>
        <source>&amp;Name:</source>
        <comment>profile name</comment>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>For example: Production, Frankfurt</source>
        <translation>例如：生产环境、法兰克福</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>云平台(&amp;C)：</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>区域(&amp;G)：</translation>
    </message>
    <message>
        <source>Identity &amp;URL:</source>
        <translation>身份认证URL(&amp;U)：</translation>
    </message>
    <message>
        <source>https://keystone.example.com:5000/v3</source>
        <translation>https://keystone.example.com:5000/v3</translation>
    </message>
    <message>
        <source>The Keystone version 3 (IAM) address; it ends with /v3.</source>
        <translation>Keystone v3（IAM）的地址，以/v3结尾。</translation>
    </message>
    <message>
        <source>&amp;Project name:</source>
        <translation>项目名称(&amp;P)：</translation>
    </message>
    <message>
        <source>Pro&amp;ject ID:</source>
        <translation>项目ID(&amp;J)：</translation>
    </message>
    <message>
        <source>Instead of the project name</source>
        <translation>可代替项目名称</translation>
    </message>
    <message>
        <source>Project do&amp;main:</source>
        <translation>项目域(&amp;M)：</translation>
    </message>
    <message>
        <source>Inter&amp;face:</source>
        <translation>接口(&amp;F)：</translation>
    </message>
    <message>
        <source>public</source>
        <comment>Keystone endpoint interface</comment>
        <translation>public</translation>
    </message>
    <message>
        <source>internal</source>
        <comment>Keystone endpoint interface</comment>
        <translation>internal</translation>
    </message>
    <message>
        <source>admin</source>
        <comment>Keystone endpoint interface</comment>
        <translation>admin</translation>
    </message>
    <message>
        <source>Which catalog endpoints to use; public unless your cloud&apos;s administrator says otherwise.</source>
        <translation>要使用的服务目录端点；除非云平台管理员另有说明，否则请选择public。</translation>
    </message>
    <message>
        <source>Imagewright manages this profile: it follows the local demo cloud.</source>
        <translation>此配置文件由Imagewright管理：随本地演示云自动更新。</translation>
    </message>
</context>
<context>
    <name>ProfileSecretWriter</name>
    <message>
        <source>access to the keychain was refused</source>
        <translation>访问钥匙串被拒绝</translation>
    </message>
    <message>
        <source>the keychain is not available</source>
        <translation>钥匙串不可用</translation>
    </message>
</context>
<context>
    <name>ProfileSignInSection</name>
    <message>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>终端节点URL</translation>
    </message>
    <message>
        <source>Add Override</source>
        <translation>添加覆盖</translation>
    </message>
    <message>
        <source>Remove Override</source>
        <translation>删除覆盖</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Sign-in metho&amp;d:</source>
        <translation>登录方式(&amp;D)：</translation>
    </message>
    <message>
        <source>How Imagewright signs in: a password, an application credential, or a Huawei access key pair (AK/SK).</source>
        <translation>Imagewright 的登录方式：密码、应用凭据或华为访问密钥对（AK/SK）。</translation>
    </message>
    <message>
        <source>Use&amp;r name:</source>
        <translation>用户名(&amp;R)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>press and hold to show the password</comment>
        <translation>显示</translation>
    </message>
    <message>
        <source>Press and hold to show the password</source>
        <translation>按住以显示密码</translation>
    </message>
    <message>
        <source>Use for This Session Only</source>
        <translation>仅用于本次会话</translation>
    </message>
    <message>
        <source>Keep the password in memory until Imagewright quits; it is not saved anywhere.</source>
        <translation>在Imagewright退出前将密码保留在内存中；不会保存到任何位置。</translation>
    </message>
    <message>
        <source>Keep the secrets typed here in memory until Imagewright quits; they are not saved anywhere.</source>
        <translation>在Imagewright退出前将此处输入的密钥保留在内存中；不会保存到任何位置。</translation>
    </message>
    <message>
        <source>User d&amp;omain:</source>
        <translation>用户域(&amp;O)：</translation>
    </message>
    <message>
        <source>Credential ID:</source>
        <translation>凭据ID：</translation>
    </message>
    <message>
        <source>Or leave empty and give the credential&apos;s name</source>
        <translation>或留空并填写凭据名称</translation>
    </message>
    <message>
        <source>Credential name:</source>
        <translation>凭据名称：</translation>
    </message>
    <message>
        <source>With the user name and user domain</source>
        <translation>与用户名和用户域一起使用</translation>
    </message>
    <message>
        <source>Credential secret:</source>
        <translation>凭据密钥：</translation>
    </message>
    <message>
        <source>Access ke&amp;y (AK):</source>
        <translation>访问密钥（AK）(&amp;Y)：</translation>
    </message>
    <message>
        <source>Sec&amp;ret key (SK):</source>
        <translation>私有访问密钥（SK）(&amp;R)：</translation>
    </message>
    <message>
        <source>Temporary key</source>
        <translation>临时密钥</translation>
    </message>
    <message>
        <source>A temporary access key, valid only together with its security token</source>
        <translation>临时访问密钥，仅与其安全令牌一起有效</translation>
    </message>
    <message>
        <source>Security token:</source>
        <translation>安全令牌：</translation>
    </message>
    <message>
        <source>Endpoint overrides:</source>
        <translation>终端节点覆盖：</translation>
    </message>
    <message>
        <source>Use these addresses instead of the catalog&apos;s for the given service types, e.g. a private gateway.</source>
        <translation>对指定的服务类型使用这些地址而不是服务目录中的地址，例如私有网关。</translation>
    </message>
    <message>
        <source>Stored in the system keychain; leave empty to keep it</source>
        <translation>已保存在系统钥匙串中；留空则保留</translation>
    </message>
    <message>
        <source>Saved in the system keychain</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Not needed: the demo cloud&apos;s password is built in</source>
        <translation>无需填写：演示云的密码已内置</translation>
    </message>
    <message>
        <source>Required; saved in the system keychain</source>
        <translation>必填；保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>留空则保留已保存的密码</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Saving the password in the system keychain…</source>
        <translation>正在将密码保存到系统钥匙串…</translation>
    </message>
    <message>
        <source>Saving in the system keychain…</source>
        <translation>正在保存到系统钥匙串…</translation>
    </message>
    <message>
        <source>The password is saved in the system keychain.</source>
        <translation>密码已保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>已保存到系统钥匙串。</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain (%1). It was not written anywhere else.</source>
        <translation>无法将密码保存到系统钥匙串（%1）。密码也未写入任何其他位置。</translation>
    </message>
    <message>
        <source>This secret could not be saved in the system keychain (%1). It was not written anywhere else.</source>
        <translation>无法将此密钥保存到系统钥匙串（%1）。它未被写入任何其他位置。</translation>
    </message>
    <message>
        <source>The password is used until Imagewright quits. It is not saved.</source>
        <translation>密码将一直使用到Imagewright退出，不会被保存。</translation>
    </message>
    <message>
        <source>Used until Imagewright quits. It is not saved.</source>
        <translation>将一直使用到Imagewright退出，不会被保存。</translation>
    </message>
</context>
<context>
    <name>ProfileTlsSection</name>
    <message>
        <source>Certificate chec&amp;ks:</source>
        <translation>证书检查(&amp;K)：</translation>
    </message>
    <message>
        <source>Verify certificates (system CAs)</source>
        <translation>验证证书（系统CA）</translation>
    </message>
    <message>
        <source>Verify with a CA bundle file</source>
        <translation>使用CA证书包文件验证</translation>
    </message>
    <message>
        <source>Insecure: do not verify certificates</source>
        <translation>不安全：不验证证书</translation>
    </message>
    <message>
        <source>How the cloud&apos;s TLS certificate is checked. Use a CA bundle file for a cloud with a private certificate authority.</source>
        <translation>检查云端TLS证书的方式。对于使用私有证书颁发机构的云，请使用CA证书包文件。</translation>
    </message>
    <message>
        <source>CA bundle file (PEM), e.g. /etc/ssl/private-ca.pem</source>
        <translation>CA证书包文件（PEM），例如 /etc/ssl/private-ca.pem</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the CA bundle file</source>
        <translation>选择CA证书包文件</translation>
    </message>
    <message>
        <source>I understand the risk: do not verify certificates</source>
        <translation>我了解风险：不验证证书</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建配置文件</translation>
    </message>
    <message>
        <source>Choose CA Bundle File</source>
        <translation>选择CA证书包文件</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ProfileValidator</name>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>请输入配置文件名称。</translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation>已有其他配置文件使用此名称。</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>请选择区域。</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter the user&apos;s domain: often Default; on Huawei Cloud and Open Telekom Cloud, the account name.</source>
        <translation>请输入用户所属的域：通常为Default；在华为云和Open Telekom Cloud上为账号名。</translation>
    </message>
    <message>
        <source>Enter a project name or a project ID.</source>
        <translation>请输入项目名称或项目ID。</translation>
    </message>
    <message>
        <source>The project ID is used; the project name is only kept for reference.</source>
        <translation>将使用项目ID；项目名称仅作参考保留。</translation>
    </message>
    <message>
        <source>Enter the project&apos;s domain (needed with a project name).</source>
        <translation>请输入项目所属的域（使用项目名称时必填）。</translation>
    </message>
    <message>
        <source>AK/SK signing is offered for Huawei Cloud and Open Telekom Cloud only.</source>
        <translation>AK/SK 签名仅适用于华为云和 Open Telekom Cloud。</translation>
    </message>
    <message>
        <source>Enter the application credential&apos;s ID, or its name.</source>
        <translation>请输入应用凭据的ID或名称。</translation>
    </message>
    <message>
        <source>Enter the application credential&apos;s secret.</source>
        <translation>请输入应用凭据的密钥。</translation>
    </message>
    <message>
        <source>Enter the access key (AK).</source>
        <translation>请输入访问密钥（AK）。</translation>
    </message>
    <message>
        <source>Enter the secret key (SK).</source>
        <translation>请输入私有访问密钥（SK）。</translation>
    </message>
    <message>
        <source>Enter the security token of the temporary key.</source>
        <translation>请输入临时密钥的安全令牌。</translation>
    </message>
    <message>
        <source>Tick the box to confirm that this profile skips certificate checks, or choose a CA bundle file instead.</source>
        <translation>请勾选此框以确认此配置文件跳过证书检查，或改为选择CA证书包文件。</translation>
    </message>
</context>
<context>
    <name>ReviewSamples</name>
    <message>
        <source>The demo cloud has nothing this method can use.</source>
        <translation>演示云中没有此方法可以使用的资源。</translation>
    </message>
    <message>
        <source>The sample values were not accepted by the method&apos;s page; the screenshot shows the page.</source>
        <translation>方法页面未接受示例值；截图显示该页面。</translation>
    </message>
</context>
<context>
    <name>ObsBucketLister</name>
    <message>
        <source>No cloud profile is selected.</source>
        <translation>未选择云配置文件。</translation>
    </message>
    <message>
        <source>Its region and storage class could not be read: %1</source>
        <translation>无法读取其区域和存储类别：%1</translation>
    </message>
</context>
<context>
    <name>ObsBucketPicker</name>
    <message>
        <source>not said</source>
        <comment>a bucket&apos;s region or storage class the server did not say</comment>
        <translation>未提供</translation>
    </message>
    <message>
        <source>IMS can import from it</source>
        <translation>IMS 可从中导入</translation>
    </message>
    <message>
        <source>This account has no OBS bucket. Create one of the Standard class in the profile&apos;s region (OBS console or obsutil), then Refresh.</source>
        <translation>此账号没有OBS桶。请在配置文件的区域中创建一个标准存储类别的桶（OBS 控制台或 obsutil），然后点击刷新。</translation>
    </message>
    <message>
        <source>Bucket</source>
        <comment>OBS bucket name column</comment>
        <translation>桶</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Storage class</source>
        <translation>存储类别</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>whether IMS can import from the bucket</comment>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Reading the bucket list from OBS…</source>
        <translation>正在从 OBS 读取桶列表…</translation>
    </message>
    <message>
        <source>The bucket list could not be read from OBS: %1</source>
        <translation>无法从 OBS 读取桶列表：%1</translation>
    </message>
    <message>
        <source>Read the bucket list from OBS again</source>
        <translation>重新从 OBS 读取桶列表</translation>
    </message>
    <message>
        <source>This account has no OBS bucket: Create Bucket… makes one IMS can import from.</source>
        <translation>此账号没有OBS桶：“创建桶…”可创建一个IMS可从中导入的桶。</translation>
    </message>
    <message>
        <source>Create B&amp;ucket…</source>
        <translation>创建桶(&amp;U)…</translation>
    </message>
    <message>
        <source>Create a bucket in the profile&apos;s region with the Standard storage class</source>
        <translation>在配置文件的区域中创建标准存储类别的桶</translation>
    </message>
</context>
<context>
    <name>ImsLocalFilePage</name>
    <message>
        <source>Choose the Image File</source>
        <translation>选择镜像文件</translation>
    </message>
    <message>
        <source>Image files (*.vhd *.vmdk *.qcow2 *.raw *.img *.vhdx *.qed *.vdi *.qcow *.zvhd *.zvhd2 *.iso);;All files (*)</source>
        <translation>镜像文件 (*.vhd *.vmdk *.qcow2 *.raw *.img *.vhdx *.qed *.vdi *.qcow *.zvhd *.zvhd2 *.iso);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Imagewright uploads the local image file to an OBS bucket in parts (resumable), then IMS registers it as a private image.</source>
        <translation>Imagewright 将本地镜像文件分段上传到OBS桶（可续传），然后 IMS 将其注册为私有镜像。</translation>
    </message>
    <message>
        <source>Image &amp;file:</source>
        <translation>镜像文件(&amp;F)：</translation>
    </message>
    <message>
        <source>The local image file to upload</source>
        <translation>要上传的本地镜像文件</translation>
    </message>
    <message>
        <source>Default: the file&apos;s name</source>
        <translation>默认：文件名</translation>
    </message>
    <message>
        <source>Keep the ob&amp;ject in the bucket after the import</source>
        <translation>导入后在桶中保留对象(&amp;J)</translation>
    </message>
    <message>
        <source>Unchecked, the uploaded object is deleted once the image is active.</source>
        <translation>不勾选时，镜像变为 active 后将删除已上传的对象。</translation>
    </message>
    <message>
        <source>Minimum system disk (&amp;GB):</source>
        <translation>最小系统盘 (GB)(&amp;G)：</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>disk size not given yet</comment>
        <translation>未设置</translation>
    </message>
    <message>
        <source>%1–%2 GB</source>
        <translation>%1–%2 GB</translation>
    </message>
    <message>
        <source>OS t&amp;ype:</source>
        <translation>操作系统类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>OS type left out of the request</comment>
        <translation>未设置</translation>
    </message>
    <message>
        <source>OS &amp;version:</source>
        <translation>操作系统版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Automatic &amp;configuration (is_config)</source>
        <translation>自动配置(&amp;C)（is_config）</translation>
    </message>
    <message>
        <source>&amp;Quick import (is_quick_import)</source>
        <translation>快速导入(&amp;Q)（is_quick_import）</translation>
    </message>
    <message>
        <source>Encryption &amp;key ID (cmk_id):</source>
        <translation>加密密钥ID(&amp;K)（cmk_id）：</translation>
    </message>
    <message>
        <source>Optional</source>
        <comment>placeholder of an optional field</comment>
        <translation>可选</translation>
    </message>
    <message>
        <source>Choose the local image file to upload.</source>
        <translation>请选择要上传的本地镜像文件。</translation>
    </message>
    <message>
        <source>Choose an OBS bucket IMS can import from.</source>
        <translation>请选择 IMS 可从中导入的OBS桶。</translation>
    </message>
    <message>
        <source>Read from the file: %1, %2.</source>
        <translation>从文件读取：%1，%2。</translation>
    </message>
    <message>
        <source>A normal import takes files smaller than %1; a quick import (ZVHD2 or RAW) up to %2.</source>
        <translation>普通导入接受小于 %1 的文件；快速导入（ZVHD2 或 RAW）最大 %2。</translation>
    </message>
    <message>
        <source>The file is uploaded in parts, each checked by MD5; an interrupted upload resumes from the job monitor and sends only the missing parts.</source>
        <translation>文件分段上传，每段都经 MD5 校验；中断的上传可在任务监视器中续传，只发送缺少的分段。</translation>
    </message>
    <message>
        <source>An ISO file or a quick import needs the OS version.</source>
        <translation>ISO 文件或快速导入需要操作系统版本。</translation>
    </message>
    <message>
        <source>Wait for the bucket list from OBS, then choose a bucket.</source>
        <translation>请等待来自 OBS 的桶列表，然后选择一个桶。</translation>
    </message>
    <message>
        <source>&amp;Object name:</source>
        <translation>对象名称(&amp;O):</translation>
    </message>
    <message>
        <source>OB&amp;S bucket:</source>
        <translation>OBS桶(&amp;S):</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the Bitmap File</source>
        <translation>选择位表文件</translation>
    </message>
    <message>
        <source>Bitmap files (*.mf);;All files (*)</source>
        <translation>位表文件 (*.mf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Bi&amp;tmap file (.mf):</source>
        <translation>位表文件 (.mf)(&amp;T):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <comment>the bitmap file; no mnemonic: the image file&apos;s Browse button has it</comment>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>A quick import of a RAW file needs its bitmap file, made by CreateMF.jar; it is uploaded beside the image file as NAME.mf.</source>
        <translation>RAW 文件的快速导入需要由 CreateMF.jar 生成的位表文件；它会作为 NAME.mf 上传到镜像文件旁边。</translation>
    </message>
    <message>
        <extracomment>%1 = the default bitmap file&apos;s name, e.g. disk01.mf</extracomment>
        <source>Default: %1 beside the image file</source>
        <translation>默认：镜像文件旁的 %1</translation>
    </message>
    <message>
        <source>Only for a quick import of a RAW file</source>
        <translation>仅用于 RAW 文件的快速导入</translation>
    </message>
    <message>
        <extracomment>%1 = the default bitmap file&apos;s name, e.g. disk01.mf</extracomment>
        <source>A quick import of a RAW file needs its bitmap file (.mf). %1 is not beside the image file: choose the bitmap file.</source>
        <translation>RAW 文件的快速导入需要其位表文件（.mf）。镜像文件旁没有 %1：请选择位表文件。</translation>
    </message>
</context>
<context>
    <name>ImageCopyRequest</name>
    <message>
        <source>A KMS key ID has the form of a UUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>KMS密钥ID为UUID格式（8-4-4-4-12位十六进制数字）。</translation>
    </message>
    <message>
        <source>Enter 0 (the default enterprise project) or the UUID of an enterprise project.</source>
        <translation>请输入0（默认企业项目）或企业项目的UUID。</translation>
    </message>
    <message>
        <source>A copy to another region cannot be encrypted here: leave the KMS key empty.</source>
        <translation>复制到其他区域的副本不能在此加密：请将KMS密钥留空。</translation>
    </message>
    <message>
        <source>A copy to another region takes no enterprise project.</source>
        <translation>复制到其他区域时不能指定企业项目。</translation>
    </message>
    <message>
        <source>Enter the region to copy the image to.</source>
        <translation>请输入要将镜像复制到的区域。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region name such as cn-north-4.</source>
        <translation>“%1”不是 cn-north-4 这样的区域名称。</translation>
    </message>
    <message>
        <source>The image is in this region already; copy it within the region instead.</source>
        <translation>镜像已在此区域中；请改为在区域内复制。</translation>
    </message>
    <message>
        <source>Enter the project in the other region (e.g. cn-north-4).</source>
        <translation>请输入目标区域中的项目（例如 cn-north-4）。</translation>
    </message>
    <message>
        <source>A project name has at most 64 characters and no spaces.</source>
        <translation>项目名称最多64个字符，且不能包含空格。</translation>
    </message>
    <message>
        <source>Enter the IAM agency that lets IMS copy the image to the other region.</source>
        <translation>请输入允许IMS将镜像复制到其他区域的IAM委托。</translation>
    </message>
    <message>
        <source>An agency name has at most 64 characters and no spaces.</source>
        <translation>委托名称最多64个字符，且不能包含空格。</translation>
    </message>
    <message>
        <source>A vault ID has the form of a UUID (8-4-4-4-12 hexadecimal digits).</source>
        <translation>存储库ID为UUID格式（8-4-4-4-12位十六进制数字）。</translation>
    </message>
    <message>
        <source>A full-ECS image cannot be copied within its region.</source>
        <translation>整机镜像不能在其区域内复制。</translation>
    </message>
    <message>
        <source>A full-ECS image needs a vault (CBR) in the other region to be copied there.</source>
        <translation>整机镜像需要目标区域中的存储库（CBR）才能复制到该区域。</translation>
    </message>
    <message>
        <source>An encrypted image cannot be copied to another region.</source>
        <translation>加密镜像不能复制到其他区域。</translation>
    </message>
    <message>
        <source>The image has %1 GB; only images up to %2 GB can be copied.</source>
        <translation>镜像为 %1 GB；只能复制不超过 %2 GB 的镜像。</translation>
    </message>
</context>
<context>
    <name>ImageExportRequest</name>
    <message>
        <source>Enter the OBS bucket to export the image to.</source>
        <translation>请输入要将镜像导出到的OBS桶。</translation>
    </message>
    <message>
        <source>A bucket name cannot contain a colon.</source>
        <translation>桶名称不能包含冒号。</translation>
    </message>
    <message>
        <source>Enter the name of the object to write in the bucket.</source>
        <translation>请输入要写入桶中的对象名称。</translation>
    </message>
    <message>
        <source>An object name has at most 1024 bytes.</source>
        <translation>对象名称最多1024字节。</translation>
    </message>
    <message>
        <source>An object name does not start with a slash.</source>
        <translation>对象名称不能以斜杠开头。</translation>
    </message>
    <message>
        <source>A quick export keeps the image&apos;s own format: leave the format empty.</source>
        <translation>快速导出保留镜像自身的格式：请将格式留空。</translation>
    </message>
    <message>
        <source>Choose the file format: one of %1.</source>
        <translation>请选择文件格式：%1 之一。</translation>
    </message>
    <message>
        <source>A full-ECS image cannot be exported.</source>
        <translation>整机镜像不能导出。</translation>
    </message>
    <message>
        <source>The image has %1 GB; only images under 1 TB can be exported.</source>
        <translation>镜像为 %1 GB；只能导出小于 1 TB 的镜像。</translation>
    </message>
    <message>
        <source>The image has %1 GB; above %2 GB only a quick export is possible.</source>
        <translation>镜像为 %1 GB；超过 %2 GB 只能快速导出。</translation>
    </message>
</context>
<context>
    <name>ImageJobKind</name>
    <message>
        <source>Copy Image…</source>
        <translation>复制镜像…</translation>
    </message>
    <message>
        <source>Export to OBS…</source>
        <translation>导出到OBS…</translation>
    </message>
    <message>
        <source>Exporting to OBS is an IMS action; this cloud&apos;s image service (Glance) has none.</source>
        <translation>导出到OBS是IMS的操作；此云的镜像服务（Glance）没有该操作。</translation>
    </message>
    <message>
        <source>Copying an image is an IMS action; this cloud&apos;s image service (Glance) has none.</source>
        <translation>复制镜像是IMS的操作；此云的镜像服务（Glance）没有该操作。</translation>
    </message>
    <message>
        <source>Open Telekom Cloud&apos;s IMS has no copy to another region.</source>
        <translation>Open Telekom Cloud 的IMS不支持复制到其他区域。</translation>
    </message>
    <message>
        <source>This action needs the IMS API; the library uses Glance for this profile.</source>
        <translation>此操作需要IMS API；此配置文件的镜像库使用Glance。</translation>
    </message>
</context>
<context>
    <name>ImageJobRules</name>
    <message>
        <source>The image is %1; only an active image can be copied or exported.</source>
        <translation>镜像为 %1；只能复制或导出 active 状态的镜像。</translation>
    </message>
    <message>
        <source>Only this project&apos;s private images can be copied or exported (this image is of type %1).</source>
        <translation>只能复制或导出本项目的私有镜像（此镜像的类型为 %1）。</translation>
    </message>
    <message>
        <source>Images made from ISO files cannot be copied or exported.</source>
        <translation>由ISO文件创建的镜像不能复制或导出。</translation>
    </message>
</context>
<context>
    <name>ImagesJobCommand</name>
    <message>
        <source>Follow the cloud&apos;s job to its end (without it the command ends once the cloud took the job; the monitor follows it).</source>
        <translation>跟踪云端任务直到结束（不指定时，云端接受任务后命令即结束；由监视器继续跟踪）。</translation>
    </message>
    <message>
        <source>With --wait: stop waiting after this many seconds (exit 4).</source>
        <translation>与 --wait 一起使用：等待这么多秒后停止等待（退出码 4）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>The copy&apos;s name (IMS image name rules).</source>
        <translation>副本的名称（IMS镜像名称规则）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The copy&apos;s description.</source>
        <translation>副本的描述。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Copy within the region: encrypt the copy with this KMS key.</source>
        <translation>区域内复制：使用此KMS密钥加密副本。</translation>
    </message>
    <message>
        <source>key-id</source>
        <translation>密钥ID</translation>
    </message>
    <message>
        <source>Copy to this other region (Huawei Cloud); needs --project and --agency.</source>
        <translation>复制到此其他区域（华为云）；需要 --project 和 --agency。</translation>
    </message>
    <message>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>With --region: the project in that region that receives the copy.</source>
        <translation>与 --region 一起使用：该区域中接收副本的项目。</translation>
    </message>
    <message>
        <source>project-name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>With --region: the IAM agency IMS acts through.</source>
        <translation>与 --region 一起使用：IMS 所使用的IAM委托。</translation>
    </message>
    <message>
        <source>agency-name</source>
        <translation>委托名称</translation>
    </message>
    <message>
        <source>With --region: the CBR vault there (full-ECS images).</source>
        <translation>与 --region 一起使用：该区域的CBR存储库（整机镜像）。</translation>
    </message>
    <message>
        <source>vault-id</source>
        <translation>存储库ID</translation>
    </message>
    <message>
        <source>The OBS bucket to write the image file to.</source>
        <translation>要写入镜像文件的OBS桶。</translation>
    </message>
    <message>
        <source>bucket</source>
        <translation>桶</translation>
    </message>
    <message>
        <source>The object (file) name in the bucket.</source>
        <translation>桶中的对象（文件）名称。</translation>
    </message>
    <message>
        <source>object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>The file format: qcow2, vhd, zvhd, vmdk or zvhd2.</source>
        <translation>文件格式：qcow2、vhd、zvhd、vmdk 或 zvhd2。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Quick export: the image&apos;s own format (give no --format); needed above 128 GB.</source>
        <translation>快速导出：保留镜像自身的格式（不指定 --format）；超过 128 GB 时必须使用。</translation>
    </message>
    <message>
        <source>Copies an image within its region, or to another region, as a job of the cloud.</source>
        <translation>以云端任务的方式在区域内或向其他区域复制镜像。</translation>
    </message>
    <message>
        <source>Exports an image to a file in an OBS bucket, as a job of the cloud.</source>
        <translation>以云端任务的方式将镜像导出为OBS桶中的文件。</translation>
    </message>
    <message>
        <source>The request is not valid; nothing was sent:</source>
        <translation>请求无效；未发送任何内容：</translation>
    </message>
    <message numerus="yes">
        <source>Stopped waiting after %n second(s); the cloud&apos;s job goes on.</source>
        <translation>
            <numerusform>%n 秒后已停止等待；云上的任务仍在继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent for image %1:</source>
        <translation>未为镜像 %1 发送任何内容：</translation>
    </message>
    <message>
        <source>The cloud runs job %1; &quot;imagewright watch %1&quot; follows it.</source>
        <translation>云正在运行任务 %1；可用 &quot;imagewright watch %1&quot; 跟踪。</translation>
    </message>
    <message>
        <source>The cloud reported the copy as done but named no new image. Look for it in the library.</source>
        <translation>云端报告复制已完成，但未指明新镜像。请在镜像库中查找。</translation>
    </message>
    <message>
        <source>The cloud&apos;s job is done.</source>
        <translation>云上的任务已完成。</translation>
    </message>
    <message>
        <source>The cloud&apos;s job failed: %1</source>
        <translation>云上的任务失败：%1</translation>
    </message>
</context>
<context>
    <name>ImageCopyDialog</name>
    <message>
        <source>Copy Image</source>
        <translation>复制镜像</translation>
    </message>
    <message>
        <source>A new private image made from %1 (%2). The cloud copies it as a job; the job monitor follows it.</source>
        <translation>由 %1（%2）生成的新私有镜像。云端以任务方式复制，任务监视器会跟踪该任务。</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>复制(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Des&amp;tination:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>This region</source>
        <translation>本区域</translation>
    </message>
    <message>
        <source>This region (%1)</source>
        <translation>本区域（%1）</translation>
    </message>
    <message>
        <source>Another region</source>
        <translation>其他区域</translation>
    </message>
    <message>
        <source>&amp;KMS key ID:</source>
        <translation>KMS密钥ID(&amp;K)：</translation>
    </message>
    <message>
        <source>Optional: encrypts the copy</source>
        <translation>可选：加密副本</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>项目(&amp;P)：</translation>
    </message>
    <message>
        <source>The project there, e.g. cn-north-4</source>
        <translation>该区域的项目，例如 cn-north-4</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>委托(&amp;G)：</translation>
    </message>
    <message>
        <source>The IAM agency IMS acts through</source>
        <translation>IMS 所使用的IAM委托</translation>
    </message>
    <message>
        <source>&amp;Vault ID:</source>
        <translation>存储库ID(&amp;V)：</translation>
    </message>
    <message>
        <source>Optional; full-ECS images need one</source>
        <translation>可选；整机镜像需要</translation>
    </message>
</context>
<context>
    <name>ImageExportDialog</name>
    <message>
        <source>Export Image to OBS</source>
        <translation>将镜像导出到OBS</translation>
    </message>
    <message>
        <source>Writes %1 (%2) as an image file into an OBS bucket of this region (of the Standard storage class). The cloud exports it as a job; the job monitor follows it.</source>
        <translation>将 %1（%2）作为镜像文件写入本区域的OBS桶（标准存储类别）。云端以任务方式导出，任务监视器会跟踪该任务。</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>桶(&amp;B)：</translation>
    </message>
    <message>
        <source>An OBS bucket name</source>
        <translation>OBS桶名称</translation>
    </message>
    <message>
        <source>&amp;Object name:</source>
        <translation>对象名称(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;File format:</source>
        <translation>文件格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Quick export (the image&apos;s own format; needed above 128 GB)</source>
        <translation>快速导出(&amp;Q)（保留镜像自身的格式；超过 128 GB 时必须使用）</translation>
    </message>
</context>
<context>
    <name>ImageJobDialog</name>
    <message>
        <source>The cloud did not take the request: %1</source>
        <translation>云端未接受该请求：%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ImageDateFilter</name>
    <message>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>In the last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>In the last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>In the last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Between two days…</source>
        <translation>指定日期范围…</translation>
    </message>
    <message>
        <source>Crea&amp;ted:</source>
        <translation>创建时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Show only images created in this time (the cloud filters)</source>
        <translation>仅显示在此期间创建的镜像（由云端筛选）</translation>
    </message>
    <message>
        <source>Created on or after</source>
        <translation>在此日期或之后创建</translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation>在此日期或之前创建</translation>
    </message>
    <message>
        <source>The first day (included)</source>
        <translation>第一天（包含）</translation>
    </message>
    <message>
        <source>The last day (included)</source>
        <translation>最后一天（包含）</translation>
    </message>
</context>
<context>
    <name>CreatedRange</name>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>第一天不能晚于最后一天。</translation>
    </message>
</context>
<context>
    <name>ObsBucketRules</name>
    <message>
        <source>Not an image file IMS imports: its name must end in one of %1.</source>
        <translation>不是IMS可导入的镜像文件：名称必须以 %1 之一结尾。</translation>
    </message>
    <message>
        <source>Enter a name for the bucket.</source>
        <translation>请输入桶的名称。</translation>
    </message>
    <message>
        <source>A bucket name has 3 to 63 characters; this one has %1.</source>
        <translation>桶名称为3～63个字符；此名称有 %1 个。</translation>
    </message>
    <message>
        <source>A bucket name can contain only lowercase letters, digits, hyphens (-) and periods (.).</source>
        <translation>桶名称只能包含小写字母、数字、连字符 (-) 和句点 (.)。</translation>
    </message>
    <message>
        <source>A bucket name starts and ends with a letter or a digit.</source>
        <translation>桶名称必须以字母或数字开头和结尾。</translation>
    </message>
    <message>
        <source>A bucket name cannot have two periods, or a period and a hyphen, next to each other.</source>
        <translation>桶名称中不能有两个相邻的句点，也不能有相邻的句点和连字符。</translation>
    </message>
    <message>
        <source>A bucket name cannot be an IP address.</source>
        <translation>桶名称不能是IP地址。</translation>
    </message>
</context>
<context>
    <name>ObsObjectLister</name>
    <message>
        <source>The bucket list has not been read yet.</source>
        <translation>尚未读取桶列表。</translation>
    </message>
</context>
<context>
    <name>ObsObjectPicker</name>
    <message>
        <source>Folder: double-click or Enter opens it</source>
        <translation>文件夹：双击或按Enter打开</translation>
    </message>
    <message>
        <source>IMS can import it</source>
        <translation>IMS可以导入</translation>
    </message>
    <message>
        <source>Reading the objects from OBS…</source>
        <translation>正在从OBS读取对象…</translation>
    </message>
    <message>
        <source>The objects of %1 could not be listed: %2 Type the file below as %1:file instead.</source>
        <translation>无法列出 %1 的对象：%2 请改为在下方以 %1:file 的形式输入文件。</translation>
    </message>
    <message>
        <source>Without the bucket list, type the image file below as bucket:file.</source>
        <translation>没有桶列表，请在下方以 bucket:file 的形式输入镜像文件。</translation>
    </message>
    <message>
        <source>Choose a bucket to see its objects.</source>
        <translation>选择一个桶以查看其对象。</translation>
    </message>
    <message>
        <source>The bucket holds no objects.</source>
        <translation>该桶中没有对象。</translation>
    </message>
    <message>
        <source>No object name starts with “%1”.</source>
        <translation>没有以“%1”开头的对象名称。</translation>
    </message>
    <message>
        <source>The bucket holds more objects: Load More lists the next ones, or narrow the list with a prefix.</source>
        <translation>该桶中还有更多对象：“加载更多”列出后续对象，或用前缀缩小列表。</translation>
    </message>
    <message>
        <source>Fo&amp;lder or prefix:</source>
        <translation>文件夹或前缀(&amp;L):</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <comment>example of an OBS prefix</comment>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>Object</source>
        <comment>OBS object name column</comment>
        <translation>对象</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Last modified</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>whether IMS can import the object</comment>
        <translation>备注</translation>
    </message>
    <message>
        <source>Load M&amp;ore</source>
        <translation>加载更多(&amp;O)</translation>
    </message>
    <message>
        <source>List the next objects of the bucket</source>
        <translation>列出该桶的后续对象</translation>
    </message>
</context>
<context>
    <name>UploadLease</name>
    <message>
        <source>another process</source>
        <translation>另一个进程</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1（%3 上的进程 %2）</translation>
    </message>
    <message>
        <source>the lock file %1 could not be written</source>
        <translation>无法写入锁文件 %1</translation>
    </message>
</context>
<context>
    <name>ObsBucketCreator</name>
    <message>
        <source>The name %1 is taken: OBS bucket names are unique across all accounts. Choose another name.</source>
        <translation>名称 %1 已被占用：OBS桶名称在所有账号中唯一。请选择其他名称。</translation>
    </message>
    <message>
        <source>This account has as many buckets as OBS allows. Use one of them, or delete one you no longer need.</source>
        <translation>此账号的桶数量已达到OBS的上限。请使用现有的桶，或删除不再需要的桶。</translation>
    </message>
    <message>
        <source>OBS does not accept %1 as a bucket name: %2</source>
        <translation>OBS不接受 %1 作为桶名称：%2</translation>
    </message>
    <message>
        <source>OBS cannot create a bucket in region %1 at this endpoint.</source>
        <translation>OBS无法在此终端节点的区域 %1 中创建桶。</translation>
    </message>
    <message>
        <source>This account may not create buckets: %1</source>
        <translation>此账号无权创建桶：%1</translation>
    </message>
    <message>
        <source>The bucket list has not been read from OBS yet.</source>
        <translation>尚未从OBS读取桶列表。</translation>
    </message>
</context>
<context>
    <name>CreateBucketDialog</name>
    <message>
        <source>Creating the bucket %1…</source>
        <translation>正在创建桶 %1…</translation>
    </message>
    <message>
        <source>Create OBS Bucket</source>
        <translation>创建OBS桶</translation>
    </message>
    <message>
        <source>The bucket is created in the profile&apos;s region %1 with the Standard storage class, so IMS can import from it. Its name must be unique across all OBS accounts.</source>
        <translation>桶将以标准存储类别创建在配置文件的区域 %1 中，因此IMS可以从中导入。其名称在所有OBS账号中必须唯一。</translation>
    </message>
    <message>
        <source>Bucket &amp;name:</source>
        <translation>桶名称(&amp;N):</translation>
    </message>
    <message>
        <source>3–63 lowercase letters, digits, hyphens or periods</source>
        <translation>3～63个小写字母、数字、连字符或句点</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <comment>create the bucket</comment>
        <translation>创建(&amp;C)</translation>
    </message>
</context>
<context>
    <name>EnvironmentJobsNotice</name>
    <message>
        <source>Sign &amp;In for These Jobs…</source>
        <translation>为这些任务登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Make a saved profile for the jobs submitted with these OS_* variables. You enter the password once; it is kept in the system keychain.</source>
        <translation>为使用这些 OS_* 变量提交的任务创建一个已保存的配置文件。密码只需输入一次，保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>This job is not followed: it was submitted with OS_* variables that no saved profile matches. A saved profile with the same auth URL, user, project and region follows every job of those variables.</source>
        <translation>未跟踪此任务：它是使用与任何已保存配置文件都不匹配的 OS_* 变量提交的。认证URL、用户、项目和区域相同的已保存配置文件会跟踪使用这些变量提交的所有任务。</translation>
    </message>
    <message>
        <source>The version that submitted it kept no connection data: enter the auth URL, user, project and region it was submitted with.</source>
        <translation>提交它的版本未保存连接信息：请输入提交时使用的认证URL、用户、项目和区域。</translation>
    </message>
    <message>
        <source>Sign In for These &amp;Jobs…</source>
        <comment>Job menu</comment>
        <translation>为这些任务登录(&amp;J)…</translation>
    </message>
</context>
<context>
    <name>QueryConnections</name>
    <message>
        <extracomment>%1 = a size in MiB</extracomment>
        <source>the answer is larger than %1 MiB</source>
        <translation>应答超过 %1 MiB</translation>
    </message>
</context>
</TS>
